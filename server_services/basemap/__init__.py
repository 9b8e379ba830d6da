"""The base map under every situation: an embedded one drawn by QGIS Server from data on the machine, and the
operator's own source (XYZ/WMTS tiles or a WMS), both served and cached by MapProxy at the origin's /tiles/."""

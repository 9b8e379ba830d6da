"""Styles of the published layers: QML for QGIS, SLD for other servers, SVG pictograms, and their generator."""

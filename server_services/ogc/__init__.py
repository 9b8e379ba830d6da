"""The OGC front: QGIS Server (WMS, WFS, WFS-T, OGC API Features) embedded behind authentication and access control."""

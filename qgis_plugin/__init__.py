"""Crisis platform QGIS plugin: situations, anchors, perimeters and live feeds of the crisis platform in QGIS."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin import CrisisPlatformPlugin

    return CrisisPlatformPlugin(iface)

"""The plugin loads with a QGIS interface for tests and leaves nothing behind when unloaded."""

from __future__ import annotations


def _ours(window, kind) -> list[str]:
    return sorted(w.objectName() for w in window.findChildren(kind) if w.objectName().startswith("CrisisPlatform"))


def test_load_and_unload_cleanly(iface, project, events):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

    import qgis_plugin

    registry = QgsApplication.processingRegistry()
    window = iface.mainWindow()
    plugin = qgis_plugin.classFactory(iface)
    plugin.initGui()
    events()
    assert _ours(window, QDockWidget) == [
        "CrisisPlatformContactsDock",
        "CrisisPlatformFeedDock",
        "CrisisPlatformPlansDock",
        "CrisisPlatformSituationsDock",
        "CrisisPlatformToolsDock",
    ]
    assert _ours(window, QToolBar) == ["CrisisPlatformToolbar"]
    assert registry.providerById("crisis_platform") is not None
    assert len(registry.providerById("crisis_platform").algorithms()) == 5
    assert len(_ours(window, QAction)) == 6  # five docks and the login
    assert len(iface.addPluginToWebMenu.call_args_list) == 6

    # Toggling a dock from its action shows it.
    plugin.actions[0].trigger()
    events()
    assert plugin.situations_dock.isUserVisible()

    plugin.unload()
    events()
    assert _ours(window, QDockWidget) == _ours(window, QToolBar) == _ours(window, QAction) == []
    assert registry.providerById("crisis_platform") is None
    assert iface.removePluginWebMenu.call_count == 6
    # Loading again after an unload works (QGIS does this when the plugin is reloaded).
    plugin = qgis_plugin.classFactory(iface)
    plugin.initGui()
    assert registry.providerById("crisis_platform") is not None
    plugin.unload()
    events()
    assert _ours(window, QDockWidget) == _ours(window, QAction) == []

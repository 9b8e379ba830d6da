"""`make plugin`'s zip: what it holds, and that it installs and loads like QGIS's "Install from ZIP"."""

from __future__ import annotations

import configparser
import importlib.util
import os
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory, qgis_app):
    spec = importlib.util.spec_from_file_location("build_plugin", ROOT / "scripts" / "build_plugin.py")
    build_plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_plugin)
    return build_plugin.build(tmp_path_factory.mktemp("dist"))


def test_zip_holds_the_plugin_folder(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert plugin_zip.name == "crisis_platform-0.1.0.zip"
    assert all(name.startswith("crisis_platform/") for name in names)
    for needed in (
        "__init__.py",
        "plugin.py",
        "metadata.txt",
        "core/geometry.py",
        "processing/provider.py",
        "gui/feed_dock.py",
        "resources/icons/crisis_platform.svg",
        "styles/qml/anchors.qml",
        "styles/qml/perimeters.qml",
        "i18n/crisis_platform_fr.qm",
        "i18n/crisis_platform_nl.qm",
        "i18n/crisis_platform_de.qm",
    ):
        assert f"crisis_platform/{needed}" in names, needed
    from qgis_plugin.definitions.anchor_kinds import ANCHOR_KINDS

    for kind in ANCHOR_KINDS:
        assert f"crisis_platform/styles/pictograms/{kind.pictogram}.svg" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]


def test_metadata_is_what_qgis_reads(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as zf:
        text = zf.read("crisis_platform/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()
    parser.read_string(text)
    general = parser["general"]
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "version",
        "author",
        "email",
        "about",
        "tracker",
        "repository",
        "icon",
    ):
        assert general.get(key), key
    assert general["qgisMinimumVersion"] == "3.22"
    # Not claimed: QGIS 3.22's API (QVariant field types, unscoped enums) is what the plugin is written against, and
    # no Qt6 build of QGIS runs its tests here. A Qt6 build of QGIS does not load a plugin without the flag.
    assert "supportsQt6" not in general
    assert f"crisis_platform/{general['icon']}" in zipfile.ZipFile(plugin_zip).namelist()


@pytest.mark.unit
def test_every_qt_import_goes_through_qgis_pyqt():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "qgis_plugin").rglob("*.py")
        if any(
            line.lstrip().startswith(("from PyQt5", "import PyQt5", "from PyQt6", "import PyQt6"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def _load_as_qgis_does(plugins: Path, iface, events) -> Path:
    """QGIS's plugin loader (qgis.utils) on a profile's plugins folder: find, load, start and unload
    crisis_platform, whose files must be those under `plugins`; returns the styles folder it used."""
    import qgis.utils
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QDockWidget

    sys.path.insert(0, str(plugins))
    saved_iface, saved_paths = qgis.utils.iface, list(qgis.utils.plugin_paths)
    qgis.utils.iface = iface
    qgis.utils.plugin_paths = [str(plugins)]
    try:
        qgis.utils.updateAvailablePlugins()
        assert "crisis_platform" in qgis.utils.available_plugins
        assert qgis.utils.pluginMetadata("crisis_platform", "name") == "Crisis platform"
        assert qgis.utils.pluginMetadata("crisis_platform", "version") == _top_level_metadata()["version"]
        assert qgis.utils.loadPlugin("crisis_platform")
        assert qgis.utils.startPlugin("crisis_platform")
        loaded = qgis.utils.plugins["crisis_platform"]
        assert type(loaded).__module__ == "crisis_platform.plugin"
        assert Path(sys.modules["crisis_platform"].__file__).parent == plugins / "crisis_platform"
        styles = sys.modules["crisis_platform.core.resources"].styles_dir()
        assert QgsApplication.processingRegistry().providerById("crisis_platform") is not None
        docks = [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget)]
        assert "CrisisPlatformSituationsDock" in docks
        assert qgis.utils.unloadPlugin("crisis_platform")
        events()
        assert QgsApplication.processingRegistry().providerById("crisis_platform") is None
        return styles
    finally:
        qgis.utils.iface = saved_iface
        qgis.utils.plugin_paths = saved_paths
        sys.path.remove(str(plugins))
        for name in [n for n in sys.modules if n == "crisis_platform" or n.startswith("crisis_platform.")]:
            del sys.modules[name]


def _top_level_metadata():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_zip_installs_and_starts_in_qgis(plugin_zip, tmp_path, iface, project, events):
    """Unzipped into a profile's plugins folder, qgis.utils loads, starts and unloads it, with the packaged
    styles (not the checkout's)."""
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    assert _load_as_qgis_does(plugins, iface, events) == plugins / "crisis_platform" / "styles"


def test_a_checkout_linked_into_the_plugins_folder_loads_as_it_is(tmp_path, iface, project, events):
    """A developer links the checkout's qgis_plugin/ into QGIS's plugins folder: QGIS finds metadata.txt in it (a
    link to the repository's top-level metadata.txt, the one source) and loads the plugin with the checkout's
    styles, nothing built or copied."""
    link = ROOT / "qgis_plugin" / "metadata.txt"
    assert link.is_symlink() and link.resolve() == (ROOT / "metadata.txt").resolve()
    assert not Path(os.readlink(link)).is_absolute()  # the checkout may live anywhere
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "crisis_platform").symlink_to(ROOT / "qgis_plugin", target_is_directory=True)
    assert _load_as_qgis_does(plugins, iface, events) == ROOT / "styles"

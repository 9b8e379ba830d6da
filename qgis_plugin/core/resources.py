"""Where the plugin's files are: styles and pictograms (copied into the zip, or the checkout's styles/)."""

from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICONS_DIR = PLUGIN_DIR / "resources" / "icons"


def styles_dir() -> Path:
    """The packaged styles/, else the checkout's (running from the source tree)."""
    packaged = PLUGIN_DIR / "styles"
    if packaged.is_dir():
        return packaged
    return PLUGIN_DIR.parent / "styles"


def qml_path(layer: str) -> Path:
    return styles_dir() / "qml" / f"{layer}.qml"


def pictogram_path(kind: str) -> Path:
    return styles_dir() / "pictograms" / f"{kind}.svg"


def icon_path(name: str) -> str:
    return str(ICONS_DIR / f"{name}.svg")

"""The web situation view at `/`: one page, its scripts and styles, and OpenLayers from the npm package."""

from .views import bp

__all__ = ["bp"]

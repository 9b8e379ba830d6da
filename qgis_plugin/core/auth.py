"""The platform URL and login, kept in QGIS's authentication manager; settings hold only the config id."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from .exceptions import AuthManagerError, NotConfiguredError
from .i18n import tr

SETTINGS_KEY = "crisis_platform/authcfg"
CONFIG_NAME = "Crisis platform"


@dataclass(frozen=True)
class Connection:
    """Where the platform is and which auth config logs in to it (the password stays in the auth DB)."""

    url: str  # origin, e.g. https://crisis.example.be (no trailing slash)
    authcfg: str
    login: str = ""

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    @property
    def ows_url(self) -> str:
        return f"{self.url}/ows"


def normalise_url(url: str) -> str:
    """The origin the user typed, without trailing slash or a pasted /api or /ows suffix."""
    url = url.strip().rstrip("/")
    for suffix in ("/api", "/ows"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise NotConfiguredError(tr("The platform address must start with http:// or https://"))
    return url


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise AuthManagerError(tr("QGIS's authentication manager is not available."))
    return manager


def save_connection(url: str, login: str, password: str, authcfg: str | None = None) -> Connection:
    """Store (or update) a Basic auth config for the platform and remember its id."""
    url = normalise_url(url)
    manager = _manager()
    authcfg = authcfg or QgsSettings().value(SETTINGS_KEY, "") or ""
    config = QgsAuthMethodConfig("Basic")
    config.setName(CONFIG_NAME)
    config.setUri(url)
    config.setConfig("username", login)
    config.setConfig("password", password)
    config.setConfig("realm", "")
    if authcfg and authcfg in manager.configIds():
        config.setId(authcfg)
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok, config = manager.storeAuthenticationConfig(config)
        authcfg = config.id()
    if not ok or not authcfg:
        raise AuthManagerError(tr("QGIS's authentication manager could not store the login."))
    # Providers cache credentials per config: drop them so the new password is used at once.
    manager.clearCachedConfig(authcfg)
    QgsSettings().setValue(SETTINGS_KEY, authcfg)
    return Connection(url, authcfg, login)


def load_connection(authcfg: str | None = None) -> Connection:
    """The saved connection (URL and login from the auth config); NotConfiguredError if none."""
    authcfg = authcfg or QgsSettings().value(SETTINGS_KEY, "") or ""
    if not authcfg:
        raise NotConfiguredError(tr("Log in to the crisis platform first."))
    manager = _manager()
    config = QgsAuthMethodConfig()
    ok, config = manager.loadAuthenticationConfig(authcfg, config, True)
    if not ok or not config.isValid():
        raise NotConfiguredError(tr("The saved login of the crisis platform was not found; log in again."))
    return Connection(config.uri().rstrip("/"), authcfg, config.config("username"))

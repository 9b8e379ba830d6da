"""Log in: platform address, e-mail and password, kept in QGIS's authentication manager."""

from __future__ import annotations

from qgis.gui import QgsPasswordLineEdit
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..core import auth
from ..core.api_client import ApiClient
from ..core.exceptions import AuthenticationError, CrisisPlatformError
from ..core.i18n import tr
from ..core.tasks import run_task
from .messages import describe


class LoginDialog(QDialog):
    """Checks the login with /api/me in a background task; `logged_in(connection, user)` is the outcome."""

    def __init__(self, session, notifier, parent=None):
        super().__init__(parent)
        self.session = session
        self.notifier = notifier
        self.setWindowTitle(tr("Log in to the crisis platform"))
        self.setMinimumWidth(420)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://crisis.example.be")
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("name@organisation.be"))
        self.password = QgsPasswordLineEdit()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Platform address"), self.url)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(tr("The password is kept in QGIS's authentication database, never in plain settings."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._prefill()

    def _prefill(self) -> None:
        try:
            connection = auth.load_connection()
        except CrisisPlatformError:
            return
        self.url.setText(connection.url)
        self.email.setText(connection.login)

    def log_in(self) -> None:
        try:
            connection = auth.save_connection(self.url.text(), self.email.text().strip(), self.password.text())
        except CrisisPlatformError as exc:
            self._failed(exc)
            return
        self.buttons.setEnabled(False)
        self.status.setText(tr("Connecting…"))
        run_task(
            tr("Log in to the crisis platform"),
            lambda: ApiClient(connection).me(),
            lambda user: self._succeeded(connection, user),
            self._failed,
        )

    def _succeeded(self, connection, user: dict) -> None:
        self.buttons.setEnabled(True)
        self.session.set_logged_in(connection, user)
        self.notifier.success(
            tr("Logged in as {name} ({organisation}).").format(
                name=user.get("display_name", ""), organisation=(user.get("organisation") or {}).get("name", "")
            )
        )
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        text, _level = describe(error)
        self.status.setText(f"<span style='color:#b00020'>{text}</span>")
        if isinstance(error, AuthenticationError):
            self.password.selectAll()
            self.password.setFocus()
        self.notifier.error(error)

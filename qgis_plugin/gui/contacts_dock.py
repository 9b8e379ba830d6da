"""Contacts dock: the people of the open situation by role, read-only, with a phone number copied in one click."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..core.tasks import run_task

PHONE_ROLE = Qt.ItemDataRole.UserRole


class ContactsDock(QgsDockWidget):
    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(tr("Situation contacts"), parent)
        self.setObjectName("CrisisPlatformContactsDock")
        self.iface, self.session, self.notifier = iface, session, notifier
        body = QWidget()
        layout = QVBoxLayout(body)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Role / person"), tr("Phone")])
        self.tree.setColumnWidth(0, 260)
        self.copy_button = QPushButton(tr("Copy phone number"))
        self.copy_button.setEnabled(False)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.copy_button)
        self.setWidget(body)
        self.tree.currentItemChanged.connect(
            lambda item, _old=None: self.copy_button.setEnabled(bool(item and item.data(1, PHONE_ROLE)))
        )
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.copy_phone(item))
        self.copy_button.clicked.connect(lambda: self.copy_phone(self.tree.currentItem()))
        session.situation_opened.connect(self.show_situation)
        session.situation_closed.connect(lambda: self.show_situation(None))
        self.show_situation(session.situation)

    def show_situation(self, situation: dict | None) -> None:
        self.tree.clear()
        self.copy_button.setEnabled(False)
        if situation is None:
            self.status.setText(tr("Open a situation to see its contacts."))
            return
        self.status.setText(tr("Loading contacts…"))
        client = self.session.client()
        situation_id = int(situation["id"])
        run_task(
            tr("Situation contacts"),
            lambda: client.situation_contacts(situation_id),
            lambda items: self._loaded(situation_id, items),
            self._failed,
        )

    def _failed(self, error) -> None:
        self.status.setText(str(error))
        self.notifier.error(error)

    def _loaded(self, situation_id: int, items: list[dict]) -> None:
        if self.session.situation_id != situation_id:
            return
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            role = item.get("role") or tr("Other")
            group = groups.get(role)
            if group is None:
                group = groups[role] = QTreeWidgetItem(self.tree, [role])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            contact = item["contact"]
            phones = contact.get("phones") or []
            person = QTreeWidgetItem(
                group, [f"{contact['full_name']} · {contact['organisation']['name']}", phones[0] if phones else ""]
            )
            person.setToolTip(0, contact.get("function") or "")
            person.setData(1, PHONE_ROLE, phones[0] if phones else None)
            for phone in phones[1:]:
                extra = QTreeWidgetItem(person, ["", phone])
                extra.setData(1, PHONE_ROLE, phone)
        self.tree.expandAll()
        self.status.setText(
            tr("{n} people named in this situation.").format(n=len({i["contact"]["id"] for i in items}))
            if items
            else tr("No one is named in this situation yet.")
        )

    def copy_phone(self, item) -> str | None:
        phone = item.data(1, PHONE_ROLE) if item is not None else None
        if not phone:
            return None
        QApplication.clipboard().setText(phone)
        self.notifier.success(tr("Copied {phone}.").format(phone=phone))
        return phone

    def unload(self) -> None:
        self.tree.clear()

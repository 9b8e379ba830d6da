"""Plans dock: search the plan library, read a plan's card, show its prepared zones and places on the map, activate
it on the open situation (or deactivate it there), all through the platform's API."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import layers
from ..core.i18n import tr
from ..core.plans import card_html, kind_label, plan_layers, plan_line
from ..core.tasks import run_task
from ..definitions.labels import codes


class PlansDock(QgsDockWidget):
    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(tr("Plans"), parent)
        self.setObjectName("CrisisPlatformPlansDock")
        self.iface, self.session, self.notifier = iface, session, notifier
        self.plans: list[dict] = []
        self.active: set[int] = set()
        self.card: dict | None = None
        self.loading = False
        self._generation = 0
        self._unloaded = self._again = False

        body = QWidget()
        layout = QVBoxLayout(body)
        search = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search codes, titles and descriptions"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr("All kinds"), None)
        for kind in codes("plan_kinds"):
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        search.addWidget(self.search, 1)
        search.addWidget(self.kind_filter)
        layout.addLayout(search)
        self.covering = QCheckBox(tr("Only plans covering the open situation"))
        self.covering.toggled.connect(self.refresh)
        layout.addWidget(self.covering)

        self.list = QListWidget()
        self.list.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color:#666;")
        layout.addWidget(self.count_label)
        self.card_view = QTextBrowser()
        self.card_view.setOpenLinks(False)
        layout.addWidget(self.card_view, 2)

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Refresh"))
        self.show_button = QPushButton(tr("Show on map"))
        self.activate_button = QPushButton(tr("Activate on the open situation"))
        self.deactivate_button = QPushButton(tr("Deactivate"))
        for button in (self.refresh_button, self.show_button, self.activate_button, self.deactivate_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.refresh_button.clicked.connect(self.refresh)
        self.show_button.clicked.connect(self.show_on_map)
        self.activate_button.clicked.connect(self.activate)
        self.deactivate_button.clicked.connect(self.deactivate)
        self._stale = True
        self._connections = [
            (session.logged_in, self._changed),
            (session.logged_out, self._clear),
            (session.situation_opened, self._changed),
            (session.situation_closed, self._changed),
            (self.visibilityChanged, self._shown),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._clear()

    def unload(self) -> None:
        """Nothing more is asked of the platform: no task may call back into this dock once it is gone."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._generation += 1
        self._unloaded = True
        self._clear()

    def _changed(self, *_args) -> None:
        """Who is logged in or which situation is open changed: search again, now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    # --- the list ----------------------------------------------------------------------------------
    def _clear(self) -> None:
        self.plans, self.active, self.card = [], set(), None
        self.list.clear()
        self.card_view.clear()
        self.count_label.setText("")
        self._update_buttons()

    def refresh(self) -> None:
        if self._unloaded or not self.session.is_logged_in:
            return
        if self.loading:  # one search at a time (QGIS 3.22's network threads dislike a crowd): again after it
            self._again = True
            return
        self._stale = self._again = False
        client = self.session.client()
        situation_id = self.session.situation_id
        filters = {
            "kind": self.kind_filter.currentData(),
            "q": self.search.text().strip() or None,
            "situation_id": situation_id if self.covering.isChecked() else None,
        }

        def work():
            found = client.plans(**filters)["items"]
            active = client.situation_plans(situation_id)["items"] if situation_id else []
            return found, {p["id"] for p in active}

        self.loading = True
        self._generation += 1
        generation = self._generation  # only the latest search's answer is shown
        self.count_label.setText(tr("Loading…"))
        run_task(
            tr("Plans"),
            work,
            lambda result: self._show(result, generation),
            lambda error: self._failed(error, generation),
        )

    def _failed(self, error, generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.count_label.setText("")
        self.notifier.error(error)
        if self._again:
            self.refresh()

    def _show(self, result, generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if self._again:  # the filters or the situation changed meanwhile: this answer is already old
            self.refresh()
            return
        self.plans, self.active = result
        selected = self.selected_id()
        self.list.blockSignals(True)  # the same plan stays selected: no new card request
        self.list.clear()
        for plan in self.plans:
            text = plan_line(plan)
            if plan["id"] in self.active:
                text = tr("{plan} (in force on the open situation)").format(plan=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, plan["id"])
            self.list.addItem(item)
            if plan["id"] == selected:
                item.setSelected(True)
        self.list.blockSignals(False)
        if selected is not None and self.selected_id() != selected:
            self.card = None
            self.card_view.clear()
        self.count_label.setText(tr("{n} plan(s)").format(n=len(self.plans)))
        self._update_buttons()

    def select(self, plan_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == plan_id:
                self.list.setCurrentItem(item)
                return

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- the card ----------------------------------------------------------------------------------
    def _selected(self) -> None:
        plan_id = self.selected_id()
        self._update_buttons()
        if plan_id is None:
            return
        client = self.session.client()
        run_task(tr("Plans"), lambda: client.plan(plan_id), self._show_card, self.notifier.error)

    def _show_card(self, card: dict) -> None:
        if self._unloaded or card["id"] != self.selected_id():
            return  # another plan was chosen meanwhile
        self.card = card
        self.card_view.setHtml(card_html(card))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_card = self.card is not None and self.card["id"] == self.selected_id()
        situation = self.session.situation
        may_lead = bool(
            situation
            and (situation.get("permissions") or {}).get("can_manage")
            and situation.get("status") in ("draft", "active")
        )
        self.show_button.setEnabled(has_card)
        self.activate_button.setEnabled(has_card and may_lead and self.card["id"] not in self.active)
        self.deactivate_button.setEnabled(has_card and may_lead and self.card["id"] in self.active)
        if situation and not may_lead:
            self.activate_button.setToolTip(
                tr("Only the coordinators and admins who lead the situation activate plans on it.")
            )

    # --- actions -----------------------------------------------------------------------------------
    def show_on_map(self) -> list:
        if self.card is None:
            return []
        made = plan_layers(self.card)
        QgsProject.instance().addMapLayers(made)
        return made

    def activate(self) -> None:
        situation_id, card = self.session.situation_id, self.card
        if situation_id is None or card is None:
            self.notifier.info(tr("Open a situation first."))
            return
        client = self.session.client()

        def done(answer):
            if self._unloaded:
                return
            counts = answer.get("activation", {})
            self.notifier.info(
                tr("Plan {code} in force: {anchors} place(s) and {perimeters} zone(s) in the situation.").format(
                    code=card["code"], anchors=counts.get("anchors", 0), perimeters=counts.get("perimeters", 0)
                )
            )
            self._reload_situation_layers(situation_id)
            self.refresh()

        run_task(tr("Activate plan"), lambda: client.activate_plan(situation_id, card["id"]), done, self.notifier.error)

    def deactivate(self) -> None:
        situation_id, card = self.session.situation_id, self.card
        if situation_id is None or card is None:
            return
        client = self.session.client()

        def done(answer):
            if self._unloaded:
                return
            kept = len(answer["kept"]["anchors"]) + len(answer["kept"]["perimeters"])
            self.notifier.info(
                tr("Plan {code} deactivated: {removed} feature(s) withdrawn, {kept} kept (changed since).").format(
                    code=card["code"], kept=kept, removed=answer["removed"]["anchors"] + answer["removed"]["perimeters"]
                )
            )
            self._reload_situation_layers(situation_id)
            self.refresh()

        run_task(
            tr("Deactivate plan"), lambda: client.deactivate_plan(situation_id, card["id"]), done, self.notifier.error
        )

    @staticmethod
    def _reload_situation_layers(situation_id: int) -> None:
        for typename in ("anchors", "perimeters"):
            layer = layers.situation_layer(QgsProject.instance(), situation_id, typename)
            if layer is not None:
                layers.refresh(layer)

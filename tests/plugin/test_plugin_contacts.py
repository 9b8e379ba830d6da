"""The contacts dock against the running platform: the open situation's people by role, a phone number copied."""

from __future__ import annotations

from plugin_qt import process_events, wait_until
from support import DEMO_PASSWORD

PLANNER = "planner@province-antwerp.demo"


def _rows(dock) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for i in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(i)
        out[group.text(0)] = [(group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())]
    return out


def test_contacts_dock_lists_the_incident_people_and_copies_a_phone(platform, module_iface, qgis_app):
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QApplication

    import qgis_plugin

    QgsProject.instance().clear()
    plugin = qgis_plugin.classFactory(module_iface)
    plugin.initGui()
    try:
        plugin.show_login()
        dialog = plugin.login_dialog
        dialog.url.setText(platform.origin)
        dialog.email.setText(PLANNER)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.log_in()
        wait_until(lambda: plugin.session.is_logged_in, message="login")
        dock = plugin.contacts_dock
        dock.setUserVisible(True)
        assert "Open a situation" in dock.status.text()
        situations = plugin.situations_dock
        situations.setUserVisible(True)
        wait_until(lambda: situations.situations and not situations.loading, message="situations listed")
        incident = next(s for s in situations.situations if s["kind"] == "incident" and "Chlorine" in s["title"])
        plugin.session.open_situation(incident)
        wait_until(lambda: dock.tree.topLevelItemCount() > 0, message="contacts listed")
        rows = _rows(dock)
        assert any(
            name.startswith("Dr. Katrien Goossens") and phone == "+3230041424" for name, phone in rows["Dir-Med"]
        )
        assert any(name.startswith("Ir. Peter Vermeulen") for name, _ in rows["Operator at the CP-Ops"])
        person = dock.tree.topLevelItem(list(rows).index("Dir-Med")).child(0)
        dock.tree.setCurrentItem(person)
        assert dock.copy_button.isEnabled()
        dock.copy_button.click()
        assert QApplication.clipboard().text() == "+3230041424"
        assert dock.tree.topLevelItem(0).flags() & person.flags()  # read-only: items carry no editable flag
        assert not (person.flags() & 2)  # Qt.ItemIsEditable
        plugin.session.close_situation()
        assert dock.tree.topLevelItemCount() == 0
    finally:
        plugin.unload()
        QgsProject.instance().clear()
        process_events()

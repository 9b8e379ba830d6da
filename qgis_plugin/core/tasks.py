"""Run a blocking call (API request, WFS-T write, export) in a QgsTask; its outcome comes back as a signal on the
main thread."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from .exceptions import CrisisPlatformError

# Python keeps the task wrappers alive until they finish (the task manager owns only the C++ side).
_RUNNING: set[PlatformTask] = set()


class PlatformTask(QgsTask):
    """Calls `work()` in a worker thread; emits `succeeded(result)` or `failed(exception)` on the main thread."""

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(self, description: str, work: Callable):
        super().__init__(description, QgsTask.CanCancel)
        self._work = work
        self.result = None
        self.exception: Exception | None = None

    def run(self) -> bool:
        try:
            self.result = self._work()
            return True
        except Exception as exc:  # noqa: BLE001 - reported through `failed` on the main thread
            self.exception = exc
            return False

    def finished(self, ok: bool) -> None:
        # Drop our reference on the next turn of the event loop: the task manager still uses the task now.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))
        self._work = None
        # An exception in a slot stays there: PyQt hands it to sys.excepthook (QGIS's Python error dialog).
        if ok:
            self.succeeded.emit(self.result)
        else:
            self.failed.emit(self.exception or CrisisPlatformError("cancelled"))
        self.forget()

    def forget(self) -> None:
        """Let it run to its end but tell nobody (the widgets that asked are gone)."""
        if sip.isdeleted(self):
            return  # finished and deleted by the task manager: nobody left to tell
        for signal in (self.succeeded, self.failed):
            try:
                signal.disconnect()
            except TypeError:
                pass  # nothing connected


def run_task(
    description: str, work: Callable, on_done: Callable | None = None, on_error: Callable | None = None
) -> PlatformTask:
    """Start `work` in the background; `on_done` and `on_error`, when given, are connected to its signals."""
    task = PlatformTask(description, work)
    if on_done is not None:
        task.succeeded.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def forget_all() -> None:
    """On unload: running tasks finish without calling back into deleted widgets."""
    for task in list(_RUNNING):
        task.forget()

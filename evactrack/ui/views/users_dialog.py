"""Administration → Users: an administrator's accounts, as ``evactrack user`` manages them
on the command line. Every change goes through the accounts service, which checks the role
and keeps the last administrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.enums import Role
from evactrack.domain.errors import EvactrackError, ValidationError
from evactrack.services import users
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.widgets import OK, accept_cancel_buttons


def role_box(parent: QWidget, chosen: Role = Role.CASEWORKER) -> QComboBox:
    box = QComboBox(parent)
    for role in Role:
        box.addItem(label(role), role)
    box.setCurrentIndex(list(Role).index(chosen))
    return box


class AccountDialog(QDialog):
    """A new account (name, role, password twice), or a new password for ``name``."""

    def __init__(self, parent: QWidget, name: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account") if name is None else self.tr("New password"))
        self.username = QLineEdit(name or "", self)
        self.username.setReadOnly(name is not None)
        self.role = role_box(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        if name is None:
            form.addRow(self.tr("&Role"), self.role)
        else:
            self.role.hide()
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Again"), self.again)
        form.addRow(accept_cancel_buttons(self, OK))

    def accept(self) -> None:
        if self.again.text() != self.password.text():
            dialogs.show_warning(
                self, self.tr("The two passwords differ. Type the same one twice.")
            )
            return
        try:
            users.check_password(self.password.text())
        except ValidationError:
            dialogs.show_warning(
                self,
                arg(self.tr("A password needs at least %1 characters."),
                    str(users.MIN_PASSWORD_LENGTH)),
            )  # fmt: skip
            return
        super().accept()

    def clear(self) -> None:
        self.password.clear()
        self.again.clear()


class UsersDialog(QDialog):
    NAME, ROLE, STATE = range(3)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Users"))
        self.resize(560, 360)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Role"),
                                              self.tr("State")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.role = role_box(self)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add…"), self.add),
            (self.tr("Set &role"), self.set_role),
            (self.tr("&Disable"), lambda: self.set_active(False)),
            (self.tr("&Enable"), lambda: self.set_active(True)),
            (self.tr("New &password…"), self.new_password),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addWidget(self.role)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        accounts = users.list_accounts(self.ctx)
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            state = self.tr("active") if account.active else self.tr("disabled")
            if account.locked_until is not None:
                state = self.tr("locked")
            for column, text in ((self.NAME, account.username), (self.ROLE, label(account.role)),
                                 (self.STATE, state)):  # fmt: skip
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_info(self, self.tr("Choose an account in the list first."))
            return None
        item = self.table.item(rows[0].row(), self.NAME)
        return item.text() if item is not None else None

    def _change(self, change: Callable[[], object]) -> None:
        """One change through the service; a refusal is shown and changes nothing."""
        try:
            change()
        except EvactrackError as refused:
            dialogs.show_error(self, refused)
        self.reload()

    def add(self) -> None:
        dialog = AccountDialog(self)
        try:
            if dialog.exec():
                role = Role(dialog.role.currentData())
                self._change(lambda: users.add_account(self.ctx, dialog.username.text(), role,
                                                       dialog.password.text()))  # fmt: skip
        finally:
            dialog.clear()

    def set_role(self) -> None:
        """The role chosen in the box beside the buttons."""
        name = self.chosen()
        if name is not None:
            role = Role(self.role.currentData())
            self._change(lambda: users.set_role(self.ctx, name, role))

    def set_active(self, active: bool) -> None:
        name = self.chosen()
        if name is not None:
            self._change(lambda: users.set_active(self.ctx, name, active))

    def new_password(self) -> None:
        name = self.chosen()
        if name is None:
            return
        dialog = AccountDialog(self, name)
        try:
            if dialog.exec():
                password = dialog.password.text()
                self._change(lambda: users.set_password(self.ctx, name, password))
        finally:
            dialog.clear()

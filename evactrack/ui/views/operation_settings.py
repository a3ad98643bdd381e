"""The operation's settings an administrator gives: the site name every report prints and the
emergency contact every evacuee's instructions give."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.errors import EvactrackError
from evactrack.domain.names import clean_text
from evactrack.services import settings
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.widgets import accept_cancel_buttons


class OperationSettingsDialog(QDialog):
    """Asked once at an administrator's first start, and from File → Operation settings…"""

    def __init__(self, ctx: Context, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Operation settings"))
        intro = QLabel(
            self.tr(
                "The site name is printed in the header of every report, so that a page "
                "found on its own says where it comes from (e.g. “Kabul airport cell”)."
            )
            + ("\n\n" + self.tr("This operation has no site name yet.") if first_run else ""),
            self,
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)  # a wrapped label's height follows its width
        self.site_name = QLineEdit(settings.get(ctx, settings.SITE_NAME), self)
        self.site_name.setMaxLength(120)
        self.emergency_contact = QLineEdit(settings.get(ctx, settings.EMERGENCY_CONTACT))
        self.emergency_contact.setMaxLength(120)
        self.emergency_contact.setPlaceholderText(
            self.tr("the number every evacuee's instructions give")
        )
        self.lock_after = QSpinBox(self)
        self.lock_after.setRange(1, 240)
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setValue(int(settings.get(ctx, settings.LOCK_AFTER_MINUTES)))
        form = QFormLayout()
        form.addRow(self.tr("&Site name:"), self.site_name)
        form.addRow(self.tr("&Emergency contact:"), self.emergency_contact)
        form.addRow(self.tr("&Lock when idle after:"), self.lock_after)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(accept_cancel_buttons(self, QDialogButtonBox.StandardButton.Save))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def accept(self) -> None:
        """Saved through the service, which checks the administrator's role; a refusal or an
        empty name keeps the dialog open with the text typed."""
        name = clean_text(self.site_name.text())
        if name is None:
            dialogs.show_warning(self, self.tr("Type the site name the reports should print."))
            return
        contact = clean_text(self.emergency_contact.text()) or ""
        try:
            settings.put(self.ctx, settings.SITE_NAME, name)
            if contact != settings.get(self.ctx, settings.EMERGENCY_CONTACT):
                settings.put(self.ctx, settings.EMERGENCY_CONTACT, contact)
            minutes = str(self.lock_after.value())
            if minutes != settings.get(self.ctx, settings.LOCK_AFTER_MINUTES):
                settings.put(self.ctx, settings.LOCK_AFTER_MINUTES, minutes)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()

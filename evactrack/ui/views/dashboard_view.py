"""The dashboard: the counts officials ask for, and persons remaining over the last 14 days.

Counting 100,000 persons and their history takes a moment, so it runs off the GUI thread
while the view goes on showing the figures it has and says what it is reading; a newer
refresh supersedes one still running. No dialog: refreshes come unasked, after writes in
other tabs, while the caseworker is busy elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMargins,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from evactrack.domain.enums import CaseStatus, LegalStatus
from evactrack.services import stats
from evactrack.services.context import Context
from evactrack.services.stats import Overview
from evactrack.ui import dialogs
from evactrack.ui.i18n import QT_TRANSLATE_NOOP, arg, label
from evactrack.ui.models.dashboard_models import CountsModel
from evactrack.ui.tasks import Latest, Operation, Progress, loading_text

CHART_DAYS = 14

# The figures on the cards, in reading order: attribute of Overview and caption.
CARDS: tuple[tuple[str, str], ...] = (
    (
        "eligible_remaining",
        QT_TRANSLATE_NOOP("DashboardView", "Eligible persons still in the country"),
    ),
    ("remaining", QT_TRANSLATE_NOOP("DashboardView", "Persons still in the country")),
    ("evacuated_today", QT_TRANSLATE_NOOP("DashboardView", "Evacuated today")),
    ("refusals_today", QT_TRANSLATE_NOOP("DashboardView", "Refusals today")),
    ("not_contacted_48h", QT_TRANSLATE_NOOP("DashboardView", "Not contacted for 48 h")),
    ("total", QT_TRANSLATE_NOOP("DashboardView", "Persons on record")),
)
# Movements counted as under way or planned in the line above the cards.
UNDER_WAY = ("planned", "assembling", "en_route")


@dataclass(frozen=True)
class DashboardData:
    overview: Overview
    remaining_by_day: list[tuple[date, int]]


def _midnight(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))


def load_dashboard(ctx: Context, progress: Progress) -> DashboardData:
    """Read everything the dashboard shows (on a worker thread: ``translate`` is safe there)."""
    progress.report(0, 2, QCoreApplication.translate("DashboardView", "Counting persons…"))
    overview = stats.overview(ctx)
    progress.check()
    reading = arg(
        QCoreApplication.translate("DashboardView", "Reading the last %1 days…"), CHART_DAYS
    )
    progress.report(1, 2, reading)
    by_day = stats.remaining_by_day(ctx, CHART_DAYS, overview.day)
    progress.report(2, 2)
    return DashboardData(overview, by_day)


class _Card(QFrame):
    """A figure and its caption; a click (or Enter, Space) opens its persons in the list."""

    def __init__(self, caption: str, chosen: Callable[[], None]) -> None:
        super().__init__()
        self._chosen = chosen
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            QCoreApplication.translate("DashboardView", "Show these persons in the case list")
        )
        self.value = QLabel("–")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSize(font.pointSize() * 2 + 4)
        font.setBold(True)
        self.value.setFont(font)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._chosen()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._chosen()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The card the keyboard is on shows the style's focus frame (and only then)."""
        super().paintEvent(event)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(3, 3, -3, -3)
            painter = QPainter(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
            painter.end()


def _counts_table(model: CountsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setStretchLastSection(True)
    view.setColumnWidth(0, 220)
    return view


class DashboardView(QWidget):
    """Cards, counts by case and legal status, and the chart of persons remaining."""

    refreshed = Signal()  # new figures are on screen
    figure_chosen = Signal(str, str)  # a card was clicked: its figure and caption
    loaded = Signal()  # what was asked for is on screen (or failed): no load is running

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.loader = Latest(self)
        self._operation: Operation[DashboardData] | None = None  # the load whose steps show
        self.cards = {
            key: _Card(self.tr(caption), partial(self._card_chosen, key, caption))
            for key, caption in CARDS
        }
        # The figure officials quote stands out by its number, not by a frame or a
        # background that would look like a selected card.
        self.cards["eligible_remaining"].value.setStyleSheet("color: #1f5fa8")
        self.by_status = CountsModel(self.tr("Case status"))
        self.by_legal = CountsModel(self.tr("Legal status"))
        self.day_label = QLabel()
        self.status = QLabel()  # what is being read, while it is
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        self.series = QLineSeries()
        self.series.setName(self.tr("Persons still in the country"))
        self.series.setPointsVisible(True)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.setTitle(self.tr("Persons still in the country, last %n day(s)", "", CHART_DAYS))
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.x_axis.setTickCount(CHART_DAYS)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)

        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addStretch()
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        status_box = QGroupBox(self.tr("By case status"))
        QVBoxLayout(status_box).addWidget(_counts_table(self.by_status))
        legal_box = QGroupBox(self.tr("By legal status"))
        QVBoxLayout(legal_box).addWidget(_counts_table(self.by_legal))
        tables = QHBoxLayout()
        tables.addWidget(status_box)
        tables.addWidget(legal_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(tables, 3)
        layout.addWidget(self.chart_view, 2)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _card_chosen(self, key: str, caption: str) -> None:
        self.figure_chosen.emit(key, self.tr(caption))

    def refresh(self) -> None:
        """Count again in the background; the view shows the figures it has until the new
        ones arrive, and a newer refresh supersedes this one."""
        ctx = self.ctx
        self.status.setText(loading_text())
        operation = self.loader.load(
            lambda progress: load_dashboard(ctx, progress), self._loaded, self._failed
        )
        operation.signals.progress.connect(
            lambda _done, _total, text, current=operation: self._show_step(current, text)
        )
        self._operation = operation

    def _show_step(self, operation: Operation[DashboardData], text: str) -> None:
        """The step the current load has reached, in the status line (not a superseded one's)."""
        if text and operation is self._operation and Shiboken.isValid(self):
            self.status.setText(text)

    def _settle(self) -> None:
        self._operation = None
        self.status.clear()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self._settle()

    def _loaded(self, data: DashboardData) -> None:
        self.show_data(data)
        self._settle()
        self.refreshed.emit()

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        o = data.overview
        locale = QLocale()  # day and month names, 12,345 or 12 345: the interface's language
        self.day_label.setText(
            arg(
                self.tr(
                    "Figures for %1 (operation's time zone). Households: %L2; movements under "
                    "way or planned: %L3."
                ),
                locale.toString(QDate(o.day.year, o.day.month, o.day.day), "dddd d MMMM yyyy"),
                o.households,
                sum(o.movements_by_status.get(s, 0) for s in UNDER_WAY),
            )
        )
        for key, card in self.cards.items():
            card.value.setText(locale.toString(getattr(o, key)))
        self.by_status.set_rows(
            [
                (label(s), o.by_status.get(s.value, 0))
                for s in CaseStatus
                if o.by_status.get(s.value)
            ]
        )
        self.by_legal.set_rows(
            [
                (label(s), o.by_legal_status.get(s.value, 0))
                for s in LegalStatus
                if o.by_legal_status.get(s.value)
            ]
        )
        self._show_chart(data.remaining_by_day)

    def _show_chart(self, by_day: list[tuple[date, int]]) -> None:
        self.series.clear()
        for day, count in by_day:
            moment = _midnight(day)
            self.series.append(moment.toMSecsSinceEpoch(), count)
        if by_day:
            self.x_axis.setRange(_midnight(by_day[0][0]), _midnight(by_day[-1][0]))
            top = max(count for _, count in by_day)
            self.y_axis.setRange(0, max(10, int(top * 1.1)))
            self.y_axis.applyNiceNumbers()

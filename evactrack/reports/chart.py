"""The "persons remaining per day" chart, drawn with reportlab's own graphics."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from evactrack.reports import fonts

BAR = colors.HexColor("#2f5d8a")


def remaining_chart(
    series: list[tuple[date, int]], title: str, width: float, height: float = 150
) -> Drawing:
    """Bars of persons remaining at the end of each day, each labelled with its count."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=fonts.LATIN_BOLD, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 22
    chart.width, chart.height = width - 50, height - 50
    chart.data = [[count for _day, count in series] or [0]]
    chart.categoryAxis.categoryNames = [f"{day:%m-%d}" for day, _count in series] or [""]
    chart.categoryAxis.labels.fontName = fonts.LATIN
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((count for _day, count in series), default=0)
    chart.valueAxis.valueMax = max(10, int(top * 1.15) + 1)
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.LATIN
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing

"""Group, themed and community activities with a roster or a headcount."""
from __future__ import annotations

from app.services import ui_queries
from app.ui.forms.record_forms import ActivityForm
from app.ui.pages.base import RecordListPage


class ActivitiesPage(RecordListPage):
    KINDS = frozenset({"activity", "attendance"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Activities")

    def retranslate(self) -> None:
        super().retranslate()
        self.head.setText(self.tr("Group and themed activities"))
        self.new_button.setText(self.tr("&New activity"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Domain"),
                                              self.tr("Kind and people"), self.tr("Organiser")])
        self._stale = True

    def refresh(self) -> None:
        self.context.read(ui_queries.activity_rows, on_result=self.show_rows)

    def form_for(self, record_id: str):
        return ActivityForm(self.context, self, record_id=record_id)

    def new_record(self) -> None:
        self.open_form(ActivityForm(self.context, self))

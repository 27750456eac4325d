"""Resource links: money or goods linked from a source to a household or person."""
from __future__ import annotations

from app.services import ui_queries
from app.ui.forms.record_forms import ResourceForm
from app.ui.pages.base import RecordListPage


class ResourcesPage(RecordListPage):
    KINDS = frozenset({"resource_link"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Resource links")

    def retranslate(self) -> None:
        super().retranslate()
        self.head.setText(self.tr("Resource links"))
        self.new_button.setText(self.tr("&New resource link"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Recipient ← provider"), self.tr("Domain"),
                                              self.tr("Source and amount"), self.tr("Worker")])
        self._stale = True

    def refresh(self) -> None:
        self.context.read(ui_queries.resource_rows, on_result=self.show_rows)

    def form_for(self, record_id: str):
        return ResourceForm(self.context, self, record_id=record_id)

    def new_record(self) -> None:
        self.open_form(ResourceForm(self.context, self))

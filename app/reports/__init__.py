"""Reports: the monthly service summary and case-file print, as PDF, XLSX and CSV.

- `app.reports.source`   the `RecordSource` protocol and the local store's implementation
- `app.reports.figures`  `MonthlySummary` and its parts, `rollup` for the county
- `app.reports.summary`  `compute_monthly_summary(source, month, station_ids=None)`
- `app.reports.export`   export with progress, cancel, atomic write and audit (UI and CLI)

reportlab and openpyxl are imported only when a file is written.
"""

"""The values a monthly summary is made of: months, figures, breakdowns, targets, manifest.

Plain dataclasses with no database and no rendering, so the county server can build, store
and add them up (`rollup`) and every writer (PDF, XLSX, CSV) reads the same numbers.
"""
from __future__ import annotations

import hashlib
from calendar import monthrange
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date

from app.errors import N_, ValidationError

DIMENSIONS = ("domain", "target_group", "village", "resource_source")
PERIODS = ("current", "previous", "year_to_date")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, value: "str | Month") -> "Month":
        if isinstance(value, Month):
            return value
        try:
            year, month = (int(part) for part in str(value).strip().split("-")[:2])
            if not (2000 <= year <= 2100 and 1 <= month <= 12):
                raise ValueError(value)
        except ValueError:
            raise ValidationError(N_("Please give the month as YYYY-MM, e.g. 2026-10."),
                                  field="month") from None
        return cls(year, month)

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def previous(self) -> "Month":
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def period_bounds(month: Month) -> dict[str, tuple[date, date]]:
    """This month; the previous month; the year to date (1 January to this month's end)."""
    previous = month.previous()
    return {"current": (month.start, month.end),
            "previous": (previous.start, previous.end),
            "year_to_date": (date(month.year, 1, 1), month.end)}


@dataclass
class Figures:
    """The figures of one period for one slice (everything, one domain, one village ...).

    Money is in fen (1/100 yuan) so adding never rounds. `households_visited` counts distinct
    households in the slice; it adds up across stations (a household has one station) but not
    across domains or target groups (a household can be in several).
    """

    households_visited: int = 0   # 走访入户: distinct households with >= 1 visit
    visits: int = 0
    case_files: int = 0           # 建立档案: case files opened
    case_services: int = 0        # 个案服务: case service records
    group_activities: int = 0     # 小组活动
    themed_activities: int = 0    # 主题活动: themed + community activities
    resource_links: int = 0       # 资源链接
    resource_money_fen: int = 0
    resource_in_kind_fen: int = 0
    person_times: int = 0         # 累计服务人次

    @property
    def resource_amount_fen(self) -> int:
        return self.resource_money_fen + self.resource_in_kind_fen

    def value(self, measure: str) -> int:
        return self.resource_amount_fen if measure == "resource_amount_fen" else getattr(self, measure)

    def add(self, other: "Figures") -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


MEASURES = tuple(item.name for item in fields(Figures)) + ("resource_amount_fen",)


@dataclass
class PeriodFigures:
    """One period: the total and the same figures broken down by each dimension.

    `breakdowns[dimension][code]`; the code "" collects records with no value for the
    dimension (an activity held for no particular village, a household with no target group).
    """

    start: date
    end: date
    total: Figures = field(default_factory=Figures)
    breakdowns: dict[str, dict[str, Figures]] = field(
        default_factory=lambda: {dimension: {} for dimension in DIMENSIONS})

    def slice(self, dimension: str, code: str) -> Figures:
        return self.breakdowns[dimension].setdefault(code, Figures())


# Measures a contract target (ContractTarget.measure) can name; money targets are in yuan.
TARGET_MEASURES = ("households_visited", "visits", "case_files", "case_services",
                   "group_activities", "themed_activities", "resource_links",
                   "resource_amount_yuan", "person_times")


def target_actual(figures: Figures, measure: str) -> int | None:
    """The figure a target measure is compared with, in the target's unit; None if unknown."""
    if measure == "resource_amount_yuan":
        return figures.resource_amount_fen // 100
    return figures.value(measure) if measure in TARGET_MEASURES else None


@dataclass
class TargetProgress:
    """Progress against one yearly contract target (政府购买服务项目的合同指标)."""

    measure: str
    domain_code: str                 # "" = all domains
    target: int
    actual_month: int | None
    actual_year_to_date: int | None  # None when the measure is unknown to this version
    months_elapsed: int = 12

    @property
    def expected_by_now(self) -> float:
        """Where an even pace through the year would be at the end of the month."""
        return self.target * self.months_elapsed / 12

    @property
    def percent(self) -> float | None:
        if self.actual_year_to_date is None or not self.target:
            return None
        return 100.0 * self.actual_year_to_date / self.target


@dataclass
class Manifest:
    """Which records a summary counted: sorted (kind, id, hlc) and their SHA-256.

    The digest is sha256 over the UTF-8 lines "kind<TAB>id<TAB>hlc<LF>" in sorted order. An
    auditor recomputes it from the records (or from the list in the XLSX/CSV): any record
    added, deleted or changed after submission changes its hlc and so the digest.
    """

    entries: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, entries) -> "Manifest":
        return cls(sorted(set(entries)))

    @property
    def digest(self) -> str:
        digest = hashlib.sha256()
        for kind, record_id, hlc in self.entries:
            digest.update(f"{kind}\t{record_id}\t{hlc}\n".encode())
        return digest.hexdigest()

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(kind for kind, _id, _hlc in self.entries).items()))


@dataclass
class MonthlySummary:
    """A station's (or several stations') monthly summary, computed from the records.

    `names` maps org unit ids (stations, villages) to {"zh", "bo", "en"} names;
    `village_stations` maps a village's id to its station's id (a county roll-up shows the
    station beside each village: two stations can each have a village of the same name).
    """

    month: Month
    station_ids: tuple[str, ...]
    periods: dict[str, PeriodFigures]
    targets: list[TargetProgress]
    manifest: Manifest
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    village_stations: dict[str, str] = field(default_factory=dict)

    @property
    def current(self) -> PeriodFigures:
        return self.periods["current"]

    @property
    def previous(self) -> PeriodFigures:
        return self.periods["previous"]

    @property
    def year_to_date(self) -> PeriodFigures:
        return self.periods["year_to_date"]


def rollup(summaries: list[MonthlySummary]) -> MonthlySummary:
    """Add up the summaries of several stations for the same month (the county roll-up).

    Figures, breakdowns and targets are summed; the manifest is the union of the records.
    Equal to computing over all the stations at once, because a household, a village and a
    record each belong to one station.
    """
    if not summaries:
        raise ValueError("nothing to roll up")
    month = summaries[0].month
    if any(summary.month != month for summary in summaries):
        raise ValueError("summaries of different months cannot be rolled up")
    periods = {name: PeriodFigures(*period_bounds(month)[name]) for name in PERIODS}
    targets: list[tuple[str, str, int]] = []
    names: dict[str, dict[str, str]] = {}
    village_stations: dict[str, str] = {}
    entries: list[tuple[str, str, str]] = []
    for summary in summaries:
        for name, period in summary.periods.items():
            periods[name].total.add(period.total)
            for dimension, slices in period.breakdowns.items():
                for code, figures in slices.items():
                    periods[name].slice(dimension, code).add(figures)
        targets.extend((t.measure, t.domain_code, t.target) for t in summary.targets)
        names.update(summary.names)
        village_stations.update(summary.village_stations)
        entries.extend(summary.manifest.entries)
    station_ids = tuple(sorted({s for summary in summaries for s in summary.station_ids}))
    return MonthlySummary(month, station_ids, periods, target_progress(periods, month, targets),
                          Manifest.of(entries), names, village_stations)


def target_progress(periods: dict[str, PeriodFigures], month: Month,
                    targets: list[tuple[str, str, int]]) -> list[TargetProgress]:
    """Progress of (measure, domain_code, target) targets against the summary's figures.

    Targets for the same measure and domain (one per station) are added up; the actual is
    always the figure of all the stations in the summary, so a roll-up equals a summary
    computed over the same stations at once.
    """
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for measure, domain, target in targets:
        totals[(measure, domain)] += target

    def actual(period: PeriodFigures, measure: str, domain: str) -> int | None:
        figures = period.total if not domain else period.breakdowns["domain"].get(domain, Figures())
        return target_actual(figures, measure)

    return sorted((TargetProgress(measure, domain, target,
                                  actual(periods["current"], measure, domain),
                                  actual(periods["year_to_date"], measure, domain), month.month)
                   for (measure, domain), target in totals.items()), key=_target_key)


def _target_key(item: TargetProgress):
    order = (TARGET_MEASURES.index(item.measure) if item.measure in TARGET_MEASURES
             else len(TARGET_MEASURES))
    return (order, item.measure, item.domain_code)

"""Benchmark stations: a fresh encrypted station, filled through the real models (change log,
search keys, SQLCipher), and a cached 100k-people station copied for each run."""
from __future__ import annotations

import os
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from bench.common import CACHE

PASSWORD = "bench-pass-1"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯曾单"
GIVEN = ["秀英", "桂兰", "建国", "志强", "丽华", "海燕", "明", "军", "芳", "静", "伟", "晓东",
         "玉梅", "文", "红", "小龙", "子涵", "欣怡", "浩然", "雨桐"]
GROUPS = ["left_behind_elderly", "dibao", "left_behind_child", "severely_disabled", ""]


def new_station(data_dir: Path, villages: int = 5) -> Path:
    from app.security.sealing import generate_x25519
    from app.services.station import PlaceName, StationSetup, create_station

    create_station(Path(data_dir), StationSetup(
        county=PlaceName("拉萨市城关区", "ལྷ་ས།", "Chengguan"),
        station=PlaceName("蔡公堂乡社工站", "ཚལ་གུང་ཐང་།", "Tsalgungthang"),
        villages=tuple(PlaceName(f"{n}村", "", f"V{n}") for n in range(1, villages + 1)),
        admin_username="admin", admin_display_name="次仁", admin_password=PASSWORD,
        county_recovery_public=generate_x25519()[1], station_code="CGT"))
    return Path(data_dir)


def sign_in(data_dir: Path):
    from app.services.station import sign_in as service_sign_in

    return service_sign_in(Path(data_dir), "admin", PASSWORD)


def village_ids(workspace) -> list[str]:
    from app.services.queries import villages

    with workspace.read() as session:
        return [v.id for v in villages(session, workspace.station_id)]


def _person_values(rng: random.Random, names, index: int) -> dict:
    if rng.random() < 0.7:
        first, second = rng.sample(names, 2)
        name_zh, name_bo = first.zh + second.zh, first.bo + "་" + second.bo
        latin = f"{first.latin[0]} {second.latin[0]}"
    else:
        name_zh, name_bo, latin = rng.choice(SURNAMES) + rng.choice(GIVEN), "", ""
    group = rng.choice(GROUPS)
    birth = date(1940, 1, 1) + timedelta(days=rng.randint(0, 30000))
    sex = rng.choice("MF")
    return {"name_zh": name_zh, "name_bo": name_bo, "name_latin": latin, "sex": sex,
            "birth_date": birth.isoformat(), "relation": "head" if index == 0 else "other",
            "target_groups": [group] if group else [],
            "id_number": _id_number(rng, birth, sex)}


# County-level region codes of Lhasa (python-stdnum's cn/loc knows them all).
LHASA_REGIONS = ("540102", "540103", "540104", "540121", "540122", "540123", "540124",
                 "540127")


def _id_number(rng: random.Random, birth: date, sex: str) -> str:
    """A valid ID number (GB 11643) for this birth date and sex, as a station saves it
    (the app refuses an invalid one, so the county flags almost none)."""
    from app.validation.id_number import id_check_character

    serial = rng.randrange(0, 500) * 2 + (1 if sex == "M" else 0)  # odd for men
    first17 = f"{rng.choice(LHASA_REGIONS)}{birth:%Y%m%d}{serial:03d}"
    return first17 + id_check_character(first17)


def add_people(workspace, people: int, *, seed: int = 7, per_household: int = 3,
               chunk: int = 150, progress=None) -> list[str]:
    """`people` people in households of `per_household`, through the ORM in transactions of
    `chunk` households: change-log entries and search keys are written as the app does (the
    keys of a repeated name are computed once)."""
    from functools import lru_cache

    from sqlalchemy import insert

    from app.models import Household, Person, PersonSearchKey, new_id
    from app.text.search_keys import person_search_keys
    from app.text.transliteration import demo_tibetan_names

    keys_of = lru_cache(maxsize=None)(person_search_keys)
    rng, names = random.Random(seed), demo_tibetan_names()
    villages, household_ids, made = village_ids(workspace), [], 0
    while made < people:
        with workspace.write() as session:
            keys = []
            for _ in range(chunk):
                if made >= people:
                    break
                household = Household(id=new_id(), station_id=workspace.station_id,
                                      registered_by=workspace.user_id,
                                      village_id=rng.choice(villages),
                                      address_zh=f"{rng.randint(1, 300)}号")
                session.add(household)
                household_ids.append(household.id)
                for index in range(min(per_household, people - made)):
                    person = Person(id=new_id(), household_id=household.id,
                                    **_person_values(rng, names, index))
                    session.add(person)
                    made += 1
                    found = set(keys_of(person.name_zh, person.name_bo, person.name_latin))
                    found.add(person.id_number.lower())
                    keys += [{"person_id": person.id, "key": k[:120]} for k in found if k]
            session.flush()
            session.execute(insert(PersonSearchKey), keys)
        if progress:
            progress(made, people)
    return household_ids


def cached_station(target: Path, people: int) -> Path:
    """A copy of a station with `people` people, built once into bench/out/cache/."""
    source = CACHE / f"station-{people}-{_schema_tag()}-{DATA_VERSION}"
    if not (source / "station.db").exists():
        shutil.rmtree(source, ignore_errors=True)
        partial = source.with_name(source.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        new_station(partial)
        workspace = sign_in(partial)
        add_people(workspace, people)
        workspace.store.checkpoint()
        workspace.store.close()
        os.replace(partial, source)
    shutil.copytree(source, target)
    return Path(target)


DATA_VERSION = "d2"  # d2: valid ID numbers (d1 had impossible birth dates: all flagged)


def _schema_tag() -> str:
    from app.models.migrate import head_revision  # a schema change invalidates the cache

    return head_revision()

"""A realistic, fictional bilingual demo station for a trial: a Lhasa township with villages,
Tibetan and Chinese names, a few hundred households and a year of work. Everything is made
through the same use cases as real work, so the demo also exercises validation.
"""
from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.errors import N_, StoreError, ValidationError
from app.models import OrgUnit, User
from app.security.sealing import generate_x25519
from app.services import cases, households, records
from app.services.search_index import rekey_if_outdated
from app.services.station import (PlaceName, StationSetup, add_user, create_station_store,
                                  workspace_for)
from app.services.workspace import Workspace
from app.text.transliteration import demo_tibetan_names
from app.validation.id_number import id_check_character

DEMO_PASSWORD = "demo1234"  # printed by `station-ledger demo`; a trial station only
LHASA_CHENGGUAN = "540102"
VILLAGES = (
    PlaceName("蔡公堂村", "ཚལ་གུང་ཐང་གྲོང་ཚོ", "Tsalgungthang"),
    PlaceName("白定村", "པད་སྡིང་གྲོང་ཚོ", "Baiding"),
    PlaceName("塔玛村", "ཐ་མ་གྲོང་ཚོ", "Tama"),
    PlaceName("章多村", "བྲག་མདོ་གྲོང་ཚོ", "Zhangduo"),
    PlaceName("德庆社区", "བདེ་ཆེན་སྡེ་ཁུལ", "Dechen community"),
)
HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯曾单"
HOUSE_NUMBER_BO = "ཁྱིམ་ཨང"  # 号 (house number); a Tibetan interface shows the Tibetan address
HAN_GIVEN = ["秀英", "桂兰", "建国", "志强", "丽华", "海燕", "明", "军", "芳", "静", "伟",
             "晓东", "玉梅", "文", "红", "小龙", "子涵", "欣怡", "浩然", "雨桐"]


@dataclass(frozen=True)
class DemoUsers:
    admin: str = "admin"
    workers: tuple[str, ...] = ("zhuoma", "lihua")
    supervisor: str = "wangfang"


def _id_number(rng: random.Random, birth: date, sex: str) -> str:
    sequence = rng.randrange(0, 99) * 10 + (rng.choice((1, 3, 5, 7, 9)) if sex == "M"
                                             else rng.choice((0, 2, 4, 6, 8)))
    first17 = f"{LHASA_CHENGGUAN}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_character(first17)


def _birth(rng: random.Random, min_age: int, max_age: int) -> date:
    today = date.today()
    return today - timedelta(days=rng.randint(min_age * 365 + 1, max_age * 365 - 1))


def _person(rng: random.Random, tibetan: bool, relation: str, min_age: int, max_age: int,
            groups: list[str], names) -> households.PersonInput:
    sex = rng.choice("MF")
    birth = _birth(rng, min_age, max_age)
    if tibetan:
        first, second = rng.sample(names, 2)
        name_zh, name_bo = first.zh + second.zh, first.bo + "་" + second.bo
        name_latin = f"{first.latin[0]} {second.latin[0]}"
    else:
        name_zh = rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)
        name_bo, name_latin = "", ""
    with_id = rng.random() < 0.85
    return households.PersonInput(
        name_zh=name_zh, name_bo=name_bo, name_latin=name_latin, sex=sex,
        birth_date=birth.isoformat(), relation=relation, target_groups=groups,
        id_number=_id_number(rng, birth, sex) if with_id else "")


def _household_members(rng: random.Random, names) -> list[households.PersonInput]:
    tibetan = rng.random() < 0.8
    shape = rng.random()
    if shape < 0.3:  # elderly living alone or as a couple, children away
        members = [_person(rng, tibetan, "head", 62, 90, ["left_behind_elderly"] if rng.random() < .6
                           else ["elderly_in_hardship"], names)]
        if rng.random() < 0.5:
            members.append(_person(rng, tibetan, "spouse", 60, 88, [], names))
    elif shape < 0.55:  # grandparents raising left-behind children
        members = [_person(rng, tibetan, "head", 55, 80, [], names),
                   _person(rng, tibetan, "grandchild", 4, 15, ["left_behind_child"], names)]
        if rng.random() < 0.4:
            members.append(_person(rng, tibetan, "grandchild", 2, 12, ["left_behind_child"], names))
    elif shape < 0.8:  # low-income family
        members = [_person(rng, tibetan, "head", 30, 60, ["dibao"], names),
                   _person(rng, tibetan, "spouse", 28, 58, [], names),
                   _person(rng, tibetan, "child", 1, 17, [], names)]
    else:  # a disabled adult cared for at home
        members = [_person(rng, tibetan, "head", 45, 75, [], names),
                   _person(rng, tibetan, "child", 18, 45, ["severely_disabled"], names)]
    return members


def _within_year(rng: random.Random) -> date:
    return date.today() - timedelta(days=rng.randint(1, 364))


def create_demo_station(data_dir: Path, *, households_count: int = 300, seed: int = 2026,
                        progress=None) -> DemoUsers:
    """Make the demo station. `progress(done, total)` is called as households are made.

    Built in a sibling folder and renamed at the end, so a demo is either whole or absent.
    ValidationError (field "households") unless 1 <= households_count <= 5000."""
    if not 1 <= int(households_count) <= 5000:
        raise ValidationError(N_("Households: a demo station has 1 to 5000 households."),
                              field="households")
    final_dir = Path(data_dir)
    if final_dir.exists() and any(final_dir.iterdir()):
        raise StoreError(N_("A station is already set up in %1."), final_dir)
    data_dir = final_dir.with_name(final_dir.name + ".demo-partial")
    shutil.rmtree(data_dir, ignore_errors=True)
    rng = random.Random(seed)
    users = DemoUsers()
    _recovery_private, recovery_public = generate_x25519()  # a demo county; key not kept
    store, data_key = create_station_store(Path(data_dir), StationSetup(
        county=PlaceName("拉萨市城关区", "ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས", "Chengguan District, Lhasa"),
        station=PlaceName("蔡公堂乡社工站", "ཚལ་གུང་ཐང་ཤང་གི་སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས",
                          "Tsalgungthang Township Social Work Station"),
        villages=VILLAGES, admin_username=users.admin, admin_display_name="次仁站长",
        admin_password=DEMO_PASSWORD, county_recovery_public=recovery_public, station_code="CGT"))
    try:  # open as made (the admin's password slot is written; no second Argon2id to unlock)
        rekey_if_outdated(store)  # as opening it would: the search index's version is noted
        with store.batched():  # one commit: the folder is renamed only when the demo is whole
            _fill(store, Path(data_dir), data_key, users, rng, households_count, progress)
    finally:
        store.close()
    if final_dir.exists():
        final_dir.rmdir()
    os.replace(data_dir, final_dir)
    return users


def _workspace(store, data_dir: Path, data_key: bytes, username: str) -> Workspace:
    with store.session() as session:
        user_id = session.scalar(select(User.id).where(User.username == username))
    return workspace_for(data_dir, store, user_id, data_key)


def _fill(store, data_dir, data_key, users, rng, households_count, progress) -> None:
    admin = _workspace(store, data_dir, data_key, users.admin)
    add_user(admin, "zhuoma", "卓玛 སྒྲོལ་མ", "worker", DEMO_PASSWORD)
    add_user(admin, "lihua", "李华", "worker", DEMO_PASSWORD)
    add_user(admin, "wangfang", "王芳", "supervisor", DEMO_PASSWORD)
    with admin.write() as session:  # every synced change has an author (the county checks)
        session.scalar(select(User).where(User.username == "zhuoma")).language = "bo"
    workers = [_workspace(store, data_dir, data_key, name) for name in users.workers]
    supervisor = _workspace(store, data_dir, data_key, users.supervisor)
    with store.session() as session:
        village_ids = [v.id for v in session.scalars(
            select(OrgUnit).where(OrgUnit.kind == "village"))]
    names = demo_tibetan_names()
    made = []  # (household_id, [person ids], members)
    for index in range(households_count):
        worker = workers[index % len(workers)]
        members = _household_members(rng, names)
        number = rng.randint(1, 120)  # the address in both languages, as a station keeps it
        household_id, changes = households.create_household(worker, households.HouseholdInput(
            village_id=rng.choice(village_ids), address_zh=f"{number}号",
            address_bo=f"{HOUSE_NUMBER_BO} {number}"), members)
        person_ids = sorted(changes.ids - {household_id})
        made.append((household_id, person_ids, members))
        if progress:
            progress(index + 1, households_count)
    _visits(rng, workers, made)
    _cases(rng, workers, supervisor, made)
    _activities(rng, workers, made, village_ids)
    _resource_links(rng, workers, made)


DOMAIN_FOR_GROUP = {"left_behind_elderly": "elderly_care", "elderly_in_hardship": "elderly_care",
                    "left_behind_child": "child_welfare", "dibao": "social_assistance",
                    "severely_disabled": "social_affairs"}
ITEMS = {"elderly_care": ["ec.health", "ec.emotional_comfort"],
         "child_welfare": ["cw.verification_visit", "cw.safety_mental_health_education"],
         "social_assistance": ["sa.means_survey", "sa.resource_linking"],
         "social_affairs": ["sf.needs_assessment", "sf.counselling"]}


def _domain_of(members) -> str:
    for member in members:
        for group in member.target_groups:
            if group in DOMAIN_FOR_GROUP:
                return DOMAIN_FOR_GROUP[group]
    return "social_assistance"


def _visits(rng, workers, made) -> None:
    for household_id, _people, members in made:
        domain = _domain_of(members)
        for _ in range(rng.randint(2, 8)):
            records.record_visit(rng.choice(workers), records.VisitInput(
                household_id=household_id, visited_on=_within_year(rng), domain_code=domain,
                service_items=rng.sample(ITEMS[domain], rng.randint(1, 2)),
                people_served=len(members), notes="了解近况，生活基本稳定。"))


def _cases(rng, workers, supervisor, made) -> None:
    for household_id, people, members in rng.sample(made, min(40, len(made))):
        worker = rng.choice(workers)
        domain = _domain_of(members)
        opened_on = _within_year(rng)
        case_id, _ = cases.open_case(worker, cases.CaseInput(
            person_id=people[-1], domain_code=domain, opened_on=opened_on,
            intake_reason="走访中发现需要持续跟进的困难。", risk_level=rng.choice(["low", "medium", "high"])))
        depth = rng.random()
        if depth < 0.2:
            continue
        cases.update_case(worker, case_id, assessment="家庭支持薄弱，需链接资源并定期探访。")
        cases.advance_case(worker, case_id)
        cases.advance_case(worker, case_id)
        cases.update_case(worker, case_id, plan_goals="稳定生活，改善心理状态。",
                          plan_actions="每月探访两次，链接慈善资源。")
        cases.submit_case_for_review(worker, case_id)
        if depth < 0.35:
            continue
        if depth < 0.5:
            cases.return_case(supervisor, case_id, "服务目标请写得更具体，可测量。")
            continue
        cases.approve_case(supervisor, case_id, "同意")
        for _ in range(rng.randint(1, 5)):
            cases.add_service_record(worker, case_id, cases.ServiceRecordInput(
                served_on=opened_on + timedelta(days=rng.randint(0, (date.today() - opened_on).days)),
                item_code=ITEMS[domain][0], minutes=rng.choice([30, 45, 60, 90]),
                notes="按计划开展服务。"))


def _activities(rng, workers, made, village_ids) -> None:
    all_people = [p for _h, people, _m in made for p in people]
    for index in range(60):
        kind = ("group", "themed", "community")[index % 3]
        domain = rng.choice(list(ITEMS))
        roster = (rng.sample(all_people, rng.randint(0, min(15, len(all_people))))
                  if rng.random() < 0.7 else [])
        records.record_activity(rng.choice(workers), records.ActivityInput(
            kind=kind, title=["老年人健康讲座", "儿童安全教育小组", "政策宣传日", "藏历新年慰问"][index % 4],
            held_on=_within_year(rng), domain_code=domain, service_items=[ITEMS[domain][0]],
            village_id=rng.choice(village_ids), attendee_ids=roster,
            headcount=len(roster) or rng.randint(8, 60)))


def _resource_links(rng, workers, made) -> None:
    for household_id, _people, members in rng.sample(made, min(80, len(made))):
        in_kind = rng.random() < 0.4
        records.link_resource(rng.choice(workers), records.ResourceLinkInput(
            linked_on=_within_year(rng), domain_code=_domain_of(members),
            source_code=rng.choice(["charity", "enterprise", "government", "volunteer"]),
            provider_name=rng.choice(["拉萨市慈善总会", "城关区红十字会", "爱心企业", "志愿者协会"]),
            household_id=household_id,
            money="" if in_kind else str(rng.choice([200, 500, 800, 1000, 1500])),
            in_kind_description="米面油、棉被" if in_kind else "",
            in_kind_value=str(rng.choice([300, 600])) if in_kind else ""))

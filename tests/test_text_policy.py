"""Issue 15, deliverables 1 and 5: one text policy at every entry point, and stored search keys
and typed queries made by the same functions (ID numbers with X/x and their last digits,
ü typed as v / yu / ü / u:, surname readings, rare characters), on the real encrypted store."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Meta, OrgUnit, Person, PersonSearchKey
from app.services import households, queries
from app.text.pinyin_keys import pinyin_full
from app.text.policy import check_text, normalize_text
from app.text.search_keys import person_search_keys, query_search_keys
from app.validation.fields import clean_text
from app.validation.id_number import id_check_character, parse_id_number

FIRST17 = "54010219900101803"
ENDS_IN_X = next(FIRST17[:-1] + d + id_check_character(FIRST17[:-1] + d)
                 for d in "0123456789" if id_check_character(FIRST17[:-1] + d) == "X")


def names_found(workspace, query: str) -> set[str]:
    with workspace.read() as session:
        return {p.name_zh or p.name_bo
                for p in queries.search_people(session, queries.PeopleFilter(query))}


def add(worker, village_id, **fields) -> str:
    household_id, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(**fields)])
    return next(iter(changes.ids - {household_id}))


# ---------------------------------------------------------------- the policy itself

@pytest.mark.parametrize("raw, multiline, expected", [
    ("a\x0bb", True, "a\nb"),            # Word's manual line break
    ("a\x0bb", False, "a b"),            # ... a space in a one-line field
    ("a\u2028b\u2029c\x85d", True, "a\nb\nc\nd"),
    ("\u200b村\u200d名\ufeff\u202e", False, "村名"),
    ("bell\x07 and\x00 nul", True, "bell and nul"),
    ("e\u0301", True, "\u00e9"),         # NFC
    ("a \t  b", True, "a b"),
])
def test_normalize_text(raw, multiline, expected):
    assert normalize_text(raw, multiline=multiline) == expected


@pytest.mark.parametrize("bad, named", [("\ue000", "U+E000"), ("\ufffe", "U+FFFE"),
                                        ("\ud800", "U+D800"), ("\U000e0080", "U+E0080")])
def test_unprintable_characters_are_refused_by_name(bad, named):
    with pytest.raises(ValidationError) as error:
        clean_text(f"note {bad} here", max_length=100, field="notes")
    assert error.value.field == "notes" and named in str(error.value)
    assert normalize_text(f"x{bad}y") == "xy"  # data without a person to ask: dropped


def test_station_set_up_applies_the_policy_to_village_names(tmp_path, recovery_keys):
    from app.services.station import PlaceName, StationSetup, create_station, sign_in

    def setup(village: str) -> StationSetup:
        return StationSetup(
            county=PlaceName("城关区"), station=PlaceName("测试社工站\u200b"),
            villages=(PlaceName(village, "ཐང\u0f0cཁ\u200b"),), admin_username="admin",
            admin_display_name="次仁\x0b", admin_password="admin-pass-1",
            county_recovery_public=recovery_keys[1])

    with pytest.raises(ValidationError) as error:
        create_station(tmp_path / "bad", setup("白定村\ue000"))
    assert "U+E000" in str(error.value) and error.value.field == "villages"
    assert not (tmp_path / "bad" / "station.db").exists()

    create_station(tmp_path / "ok", setup("白定\x0b村"))
    workspace = sign_in(tmp_path / "ok", "admin", "admin-pass-1")
    try:
        with workspace.read() as session:
            village = session.scalar(select(OrgUnit).where(OrgUnit.kind == "village"))
            station = session.scalar(select(OrgUnit).where(OrgUnit.kind == "station"))
        assert (village.name_zh, village.name_bo) == ("白定 村", "ཐང་ཁ")
        assert station.name_zh == "测试社工站" and workspace.display_name == "次仁"
    finally:
        workspace.store.close()


def test_catalogue_labels_from_the_county_go_through_the_policy(worker):
    from app.models import CatalogEntry
    from app.services.catalog import import_catalog

    document = {"format": "station-ledger-catalog", "domains": [
        {"code": "d9", "zh": "=社会\x0b救助\u200b", "bo": "སྤྱི\u0f0cཚོགས", "en": "Aid\x07"}]}
    with worker.write() as session:
        import_catalog(session, document)
    with worker.read() as session:
        entry = session.get(CatalogEntry, ("domain", "d9"))
    assert (entry.label_zh, entry.label_bo, entry.label_en) == ("=社会 救助", "སྤྱི་ཚོགས", "Aid")


def test_sync_inbox_text_goes_through_the_policy():
    from app.sync.inbox import _policy_text

    cleaned = _policy_text({"id": "x", "notes": "a\x0bb\u200b", "household_id": "h", "n": 3})
    assert cleaned == {"id": "x", "notes": "a\nb", "household_id": "h", "n": 3}


# ---------------------------------------------------------------- ID numbers

def test_id_number_with_a_trailing_zero_width_space_is_accepted():
    assert parse_id_number(ENDS_IN_X + "\u200b").number == ENDS_IN_X
    assert parse_id_number("\ufeff" + ENDS_IN_X.lower() + "\u2060 ").number == ENDS_IN_X


def test_id_number_found_with_x_or_x_and_by_its_last_digits(worker, village_id):
    add(worker, village_id, name_zh="王五", id_number=ENDS_IN_X.lower() + "\u200b")
    add(worker, village_id, name_zh="李四")
    for query in (ENDS_IN_X, ENDS_IN_X.lower(), ENDS_IN_X[:10], ENDS_IN_X[-4:],
                  ENDS_IN_X[-4:].lower(), "…" + ENDS_IN_X[-6:]):
        assert names_found(worker, query) == {"王五"}, query
    assert names_found(worker, "999" + ENDS_IN_X[-4:]) == set()


def test_stored_keys_and_query_keys_cannot_disagree():
    """Every stored key, typed back as a query, finds itself."""
    for args in (("吕娟",), ("扎西次仁", "བཀྲ་ཤིས་ཚེ་རིང", "Tashi Tsering"), ("", "སྒྲོལ་མ"),
                 ("彭𬊤",), ("单雄信", "", "", ENDS_IN_X)):
        for key in person_search_keys(*args):
            if key.startswith("~"):
                continue
            assert any(key.startswith(q) for q in query_search_keys(key)), (args, key)


# ---------------------------------------------------------------- forms users type

def test_u_umlaut_typed_every_way(worker, village_id):
    add(worker, village_id, name_zh="吕娟")
    add(worker, village_id, name_zh="李娟")
    for query in ("lvjuan", "lyujuan", "lüjuan", "lu:juan", "LÜ JUAN", "Lyu", "lujuan"):
        assert names_found(worker, query) == {"吕娟"}, query


@pytest.mark.parametrize("name, reading", [
    ("单雄信", "shanxiongxin"), ("尉迟恭", "yuchigong"), ("区志坚", "ouzhijian"),
    ("仇英", "qiuying"), ("查良镛", "zhaliangyong"), ("解缙", "xiejin"), ("朴正", "piaozheng"),
    ("繁钦", "poqin"), ("万俟卨", "moqixie"), ("长孙无忌", "zhangsunwuji"), ("闾丘明", "lvqiuming"),
    ("乐正方", "yuezhengfang"), ("尉明", "weiming"), ("翟云", "zhaiyun"), ("宿华", "suhua"),
])
def test_surnames_read_as_surnames(name, reading):
    assert pinyin_full(name) == reading


def test_rare_character_names_are_found_by_characters_and_pinyin(worker, village_id):
    add(worker, village_id, name_zh="彭𬊤")
    add(worker, village_id, name_zh="彭亮")
    assert names_found(worker, "彭𬊤") == {"彭𬊤"}
    assert names_found(worker, "彭") == {"彭𬊤", "彭亮"}   # a key beyond U+FFFF is in range
    assert names_found(worker, "pengchan") == {"彭𬊤"}
    assert pinyin_full("王\u3402") == "wangxi"  # pinyin for a rare Extension A character


def test_outdated_keys_are_rebuilt_at_sign_in(station_dir, worker, village_id):
    from app.services.search_index import META_KEY, SEARCH_KEY_VERSION
    from app.services.station import sign_in
    from tests.conftest import WORKER_PASSWORD

    person_id = add(worker, village_id, name_zh="吕娟", id_number=ENDS_IN_X)
    with worker.write() as session:  # what an older version stored
        session.execute(PersonSearchKey.__table__.delete())
        session.add(PersonSearchKey(person_id=person_id, key="lvjuan"))
        session.get(Meta, META_KEY).value = "1"
    worker.store.close()
    again = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    try:
        assert names_found(again, "lyu") == {"吕娟"}
        assert names_found(again, ENDS_IN_X[-4:]) == {"吕娟"}
        assert again.store.get_meta(META_KEY) == SEARCH_KEY_VERSION
    finally:
        again.store.close()


@pytest.mark.parametrize("text, named", [("谢谢😊", "U+1F60A"), ("김민수", "U+AE40")])
def test_characters_no_print_font_has_are_refused_by_name(text, named):
    with pytest.raises(ValidationError) as error:
        clean_text(text, max_length=100, field="notes")
    assert named in str(error.value)
    # ... while everything the fonts draw is accepted: rare Han, Tibetan, full-width, Latin
    assert clean_text("彭𬊤 བཀྲ་ཤིས ＡＢＣ Chödrön №5", max_length=100, field="notes")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

NAME_PIECES = st.sampled_from(
    list("张王李吕娟彭曾单区乐扎西次仁卓玛") + ["\U0002c2a4", "·"]
    + list("ཀཁགངབམརལསཤཚཞཟའཡ") + ["\u0f0b", "\u0f0c", "\u0f0d", "\u200b", " "]
    + [chr(c) for c in (0x0F71, 0x0F72, 0x0F74, 0x0F7A, 0x0F7C, 0x0F90, 0x0F92, 0x0FB1, 0x0FB2)]
    + list("Tashi Lü ÖＡｂ-'"))


@settings(max_examples=200, deadline=None)
@given(zh=st.lists(NAME_PIECES, max_size=8).map("".join),
       bo=st.lists(NAME_PIECES, max_size=8).map("".join),
       latin=st.lists(NAME_PIECES, max_size=8).map("".join))
def test_every_stored_key_typed_back_finds_itself(zh, bo, latin):
    """Whatever the names, each stored key, typed as a query, is matched by a query key."""
    for key in person_search_keys(zh, bo, latin):
        if key.startswith("~"):
            continue
        assert any(key.startswith(q) for q in query_search_keys(key)), (zh, bo, latin, key)

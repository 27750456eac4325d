"""Text helpers for names in Chinese, Tibetan and Latin script.

  tibetan          normalize_tibetan, tibetan_search_form, to_wylie / from_wylie, script tests
  pinyin_keys      pinyin_full, pinyin_initials (surnames read as surnames)
  transliteration  Tibetan name elements in three scripts (resources/names/transliterations.json)
  search_keys      person_search_keys, query_search_keys (prefix-matched search keys)

Import from the submodules; this package imports nothing itself so that `app.text.tibetan`
stays cheap to load (pypinyin's dictionaries are only loaded by pinyin_keys).
"""

"""The sync protocol, shared by stations and the county server, loadable without the
station's models (the county never imports app.models):

- `wire`    parcel and signed-document format
- `hlc`     the hybrid logical clock and its rule for corrected clocks
- `merge`   the field-level three-way merge
- `schema`  the synced kinds frozen per station schema revision (`schemas/<rev>.json`),
            with the typed check of every field (msgspec)
- `kinds`   the kinds of the newest revision, catalogue and conflict pseudo-kinds
- `reasons` why the county refuses a change (codes, translatable words)

See docs/sync-protocol.md.
"""

"""The county server (`station-ledger-server`): enrollment, parcel ingest with merge, pull."""

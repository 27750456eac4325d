"""The Qt desktop interface. Everything with PySide6 lives here and only here.

    application.py   run_application(data_dir): fonts, style, first run → sign-in → main window,
                     language and larger text, the idle lock
    context.py       AppContext: the workspace, the runner, the error presenter; `query()` for
                     reads and `op()` for writes; one `changed` signal (the op's Changes), the
                     last undoable change
    background.py    Runner: work on two Python worker threads (or an InlineExecutor in tests),
                     results back on the GUI thread through one queued signal
    errors.py        ErrorPresenter: the one place errors are shown (user / cancelled / bug)
    qtfix.py         emit(): works around PySide6 6.12.0's emit() reference bug
    translations.py  run-time language switch (our catalogue and Qt's own strings)
    idle.py          IdleWatcher: the application-wide event filter behind the idle lock
    sign_in.py, first_run.py, main_window.py
    pages/           today, people, visits, cases, activities, resources, reports, sync, settings
    forms/           record forms on forms/base.py: field errors, drafts, Save/Cancel, undo offer
    models/          PeopleModel: lazy, keyset-paged list over SQL search
    widgets/         fields (errors at the field, code combos, checklists, dates), search line
                     with debounce, household/person pickers, progress with cancel (a headless
                     app.progress.Progress shown through a queued signal)

Read-only queries the screens need are in app/services/ui_queries.py (no Qt there); drafts and
per-user preferences are the headless app/services/drafts.py and preferences.py.
"""

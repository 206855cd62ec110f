"""Rule tables and calendar arithmetic behind :mod:`timeline.dates`.

Kept apart from ``timeline/dates.py`` so the public module stays a thin API: ``normalize``
maps text to a matching form without losing offsets, ``lexicon`` holds the words of each
language, ``patterns`` turns them into regular expressions, ``calendar_math`` does the date
arithmetic. Nothing here reads the clock: every relative computation takes the anchor date.
"""

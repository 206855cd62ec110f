"""The dashboard's pages besides the map: each module has a ``page()`` that ``app.py`` navigates to."""

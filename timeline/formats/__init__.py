"""Exchange formats: our events to and from other tools' files.

``timelinejs`` (TimelineJS 3 JSON), ``timelinesetter`` (a CSV in
TimelineSetter's columns) and ``native_json`` (our own JSON, every field).
``timeline export``/``import`` and the site's feeds both use them, so they
belong to neither the store nor the site."""

"""The application's fonts, translations, icons and sounds, installed as the package
``evactrack.resources`` so that :func:`evactrack.config.resources_dir` finds them alike in a
checkout, a wheel and the PyInstaller bundle."""

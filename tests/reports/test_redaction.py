from evactrack.domain.redaction import mask_number, redact_name, shown_note


def test_name_becomes_given_name_and_family_initial() -> None:
    assert redact_name("Abdullah Rahimi") == "Abdullah R."
    assert redact_name("Hélène Garçon-Lefèvre") == "Hélène G."
    assert redact_name("عبدالله رحیمی") == "عبدالله ر."
    assert redact_name("Mirwais") == "Mirwais"
    assert redact_name(None) == ""


def test_numbers_keep_only_their_last_two_digits() -> None:
    assert mask_number("+93701234567") == "+•••••••••67"
    assert mask_number("1400-0101-23456") == "••••-••••-•••56"
    assert mask_number("P01234567") == "•••••••67"
    assert mask_number("") == ""


def test_notes_are_left_out_when_redacting() -> None:
    assert shown_note("lives above the bakery", True) == ""
    assert shown_note("lives above the bakery", False) == "lives above the bakery"

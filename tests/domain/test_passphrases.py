from evactrack.domain.passphrases import strength


def test_the_meter_rises_with_length_and_variety_and_ignores_runs() -> None:
    assert strength("") == 0
    assert strength("abc") == 1
    assert strength("aaaaaaaaaaaaaaaaaaaaaaaa") == 1  # one letter repeated adds little
    assert strength("abcdefghijklmnop") == 1  # neither does a run of neighbours
    assert strength("Tr0ub4dor&3") >= 2
    assert strength("seven ravens under the old bridge") == 4
    assert strength("گذرواژه بلند و خوب") >= 3  # another script counts

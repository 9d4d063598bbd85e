//! The public API's promises.

use conflict_events::{Article, ErrorKind, Outcome, Parser, VictimClass};

#[test]
fn parser_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Parser>();
}

#[test]
fn a_parser_is_shared_across_threads() {
    let parser = Parser::new();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let report = parser.parse("Five soldiers were killed.");
                assert_eq!(report.total(Outcome::Killed), Some(5));
            });
        }
    });
}

#[test]
fn a_bad_date_is_a_typed_error() {
    let err = Article::new("text").with_date_str("3 Sept").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidDate);
    assert!(err.to_string().contains("3 Sept"));
}

#[test]
fn reports_serialize_to_json_with_spans() {
    let text = "At least 13 people were killed.";
    let report = Parser::new().parse(text);
    let json = serde_json::to_value(&report).unwrap();
    let mention = &json["casualties"][0];
    assert_eq!(mention["outcome"], "killed");
    assert_eq!(mention["count"]["qualifier"], "at_least");
    let (start, end) = (
        mention["span"]["start"].as_u64().unwrap() as usize,
        mention["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "At least 13 people were killed");
    assert_eq!(json["killed"]["best"], 13);
}

#[test]
fn empty_input_gives_an_empty_report() {
    let report = Parser::new().parse("");
    assert!(report.casualties.is_empty());
    assert_eq!(report.total(Outcome::Killed), None);
}

#[test]
fn a_bad_gazetteer_row_is_named_by_its_line() {
    use conflict_events::gazetteer::Gazetteer;
    let good = "1\tAlpha\tAlpha\t\t10.0\t20.0\tP\tPPL\tSY\t\t10\t\t\t\t500\t\t\t\t\n";
    let bad = "2\tBeta\tBeta\t\tnorth\t20.0\tP\tPPL\tSY\t\t10\t\t\t\t500\t\t\t\t\n";
    let err = Gazetteer::from_geonames(&format!("{good}{bad}")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("line 2"), "{err}");
    assert!(err.to_string().contains("latitude"), "{err}");
    let short = Gazetteer::from_geonames("3\tGamma\n").unwrap_err();
    assert!(short.to_string().contains("line 1"), "{short}");
}

#[test]
fn a_caller_gazetteer_resolves_places() {
    use conflict_events::gazetteer::Gazetteer;
    let dump = "1\tZorbagh\tZorbagh\t\t34.5\t41.5\tP\tPPL\tSY\t\t07\t\t\t\t2000\t\t\t\t\n";
    let parser = Parser::builder()
        .gazetteer(Gazetteer::from_geonames(dump).unwrap())
        .build()
        .unwrap();
    let report = parser.parse("Gunmen killed four farmers in Zorbagh on Sunday.");
    let location = report.events[0].location.as_ref().unwrap();
    assert_eq!(location.canonical.as_deref(), Some("Zorbagh"));
    assert_eq!(location.country.as_deref(), Some("SYR"));
}

#[test]
fn a_toll_of_last_year_is_no_part_of_an_incident_of_this_week() {
    let text = "A roadside bomb killed four civilians in Kunduz on Saturday, police said. \
                More than 3,400 civilians were killed in the country last year, the United \
                Nations said.";
    let report = report_of(text, "2021-03-07");
    let saturday = report
        .events
        .iter()
        .find(|e| e.date.as_ref().is_some_and(|d| d.value == "2021-03-06"))
        .expect("the incident of Saturday");
    assert_eq!(saturday.killed(), 4);
}

#[test]
fn a_sentence_that_moves_to_another_province_tells_of_another_incident() {
    let text = "Russian air strikes killed 18 civilians in the village of Maarat al-Numan in \
                Idlib province on Thursday, a monitor said. Seven soldiers were killed in \
                clashes south of the town overnight. In neighbouring Hama province, jihadists \
                ambushed a convoy, killing 23 soldiers.";
    let report = report_of(text, "2021-10-15");
    let tolls: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(tolls, [18, 7, 23]);
    // Named only by an adjective, Russia is where the strikes came from, not where the
    // clashes of the second event were.
    let country = |k: usize| report.events[k].location.as_ref()?.country.clone();
    assert_eq!(country(1).as_deref(), Some("SYR"));
    assert_eq!(country(2).as_deref(), Some("SYR"));
}

#[test]
fn a_party_s_own_count_in_its_claim_gives_way_to_a_neutral_one() {
    // A claim of responsibility, and a statement of the party's kills with no word of claim.
    for (text, date, killed) in [
        (
            "A car bomb exploded outside a hotel in Mogadishu on Saturday, killing a dozen \
             people, police said. Al-Shabaab claimed responsibility, saying its fighters had \
             killed 25 apostates.",
            "2019-06-15",
            12,
        ),
        (
            "At least 18 soldiers were killed when Taliban insurgents stormed a military base \
             on Wednesday, officials said. The Taliban said in a statement that its fighters \
             had killed 54 soldiers.",
            "2018-08-10",
            18,
        ),
    ] {
        let report = report_of(text, date);
        assert_eq!(report.events.len(), 1, "{text}");
        assert_eq!(report.events[0].killed(), killed, "{text}");
        // The article's total agrees, and the claim is marked.
        assert_eq!(report.total(Outcome::Killed), Some(killed), "{text}");
        assert!(report.casualties.iter().any(|c| c.flags.claimed), "{text}");
    }
}

#[test]
fn clauses_of_incidents_at_two_places_are_two_events() {
    let text = "A car bomb killed 12 people in a market in Sadr City on Monday, while a suicide \
                bomber killed five soldiers at a checkpoint in Mosul, police said.";
    let report = report_of(text, "2016-05-10");
    let killed: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(killed, [12, 5]);
    // Clauses of one incident, or of one place, stay one event.
    for text in [
        "Eight people were killed, while three were missing after raids by herders in Tombo.",
        "A car bomb killed 12 people in Hilla, while 20 were wounded in the blast near Hilla.",
    ] {
        assert_eq!(report_of(text, "2016-05-10").events.len(), 1, "{text}");
    }
}

#[test]
fn police_who_find_the_dead_did_not_kill_them() {
    let text = "Police found the bodies of six men in a ditch outside Celaya on Friday.";
    let report = report_of(text, "2020-07-05");
    assert_eq!(report.events.len(), 1);
    let perpetrators: Vec<&str> = report.events[0]
        .actors
        .iter()
        .filter(|a| a.role == conflict_events::ActorRole::Perpetrator)
        .map(|a| a.code.as_str())
        .collect();
    assert!(!perpetrators.contains(&"GOV"), "{perpetrators:?}");
}

#[test]
fn armed_groups_of_more_conflicts_are_actors_not_places() {
    let parser = Parser::new();
    // The actors other than the government and civilians.
    let groups = |text: &str| -> Vec<String> {
        let article = Article::new(text).with_date_str("2017-07-31").unwrap();
        let report = parser.parse_article(&article);
        report.events[0]
            .actors
            .iter()
            .map(|a| a.code.as_str().to_string())
            .filter(|code| code != "GOV" && code != "civilians")
            .collect()
    };
    assert_eq!(
        groups("The Pakistani Taliban killed a police officer in Peshawar on Sunday."),
        ["TTP"]
    );
    assert_eq!(
        groups("Abu Sayyaf militants beheaded seven loggers in Basilan on Sunday."),
        ["ABU_SAYYAF"]
    );
    assert_eq!(
        groups(
            "Gunmen shot dead 14 bus passengers near Ormara on Thursday. A coalition of ethnic \
             Baloch separatist groups claimed responsibility."
        ),
        ["BALOCH"]
    );
    assert_eq!(
        groups("Islamic extremists beheaded more than 50 people in Cabo Delgado on Saturday."),
        ["UNIDENTIFIED"]
    );
    // A gang's name is no place.
    let article = Article::new("Members of the Barrio 18 gang shot dead four bus drivers.")
        .with_date_str("2017-07-31")
        .unwrap();
    let report = parser.parse_article(&article);
    let places: Vec<&str> = report.events[0]
        .places
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert!(!places.contains(&"Barrio 18"), "{places:?}");
}

#[test]
fn the_parts_of_a_sum_over_incidents_are_events_of_their_own() {
    let text = "A wave of attacks across the country killed at least 20 people on Tuesday, \
                officials said. In the deadliest, a car bomb killed 12 people at a market in \
                Kirkuk. Later, a suicide bomber killed five soldiers at a checkpoint in Tikrit.";
    let report = report_of(text, "2016-05-17");
    let events: Vec<(bool, u64)> = report
        .events
        .iter()
        .map(|e| (e.is_aggregate(), e.killed()))
        .collect();
    assert_eq!(events, [(true, 20), (false, 12), (false, 5)]);
}

#[test]
fn a_date_after_a_statement_dates_the_report() {
    let text = "The state coordination group said in a statement Friday that two women were \
                killed in Ciudad Victoria Thursday night.";
    let report = report_of(text, "2016-07-16");
    let date = report.events[0].date.as_ref().unwrap();
    assert_eq!(date.value, "2016-07-14TNI");
}

#[test]
fn aliases_with_full_stops_name_their_actor() {
    let text = "A U.S.-led coalition air strike killed at least 40 Islamic State fighters near \
                Tal Afar on Wednesday, the Iraqi military said.";
    let codes = first_event_actors(text, "2017-06-07");
    assert!(codes.contains(&"COALITION".to_string()), "{codes:?}");
}

/// The actor codes of the first event of `text`, dated `date`.
/// The report of `text` dated `date`.
fn report_of(text: &str, date: &str) -> conflict_events::Report {
    let article = Article::new(text).with_date_str(date).unwrap();
    Parser::new().parse_article(&article)
}

#[test]
fn sudanese_paramilitaries_and_haitian_gangs_are_named() {
    for (text, code) in [
        (
            "RSF fighters stormed a village east of El Fasher, killing 15 villagers.",
            "RSF",
        ),
        (
            "Members of the Gran Grif gang killed 70 people in Pont-Sonde.",
            "GRAN_GRIF",
        ),
    ] {
        let codes = first_event_actors(text, "2024-10-04");
        assert!(codes.iter().any(|c| c == code), "{text}: {codes:?}");
    }
}

#[test]
fn forces_that_kill_the_attackers_leave_them_unidentified() {
    let text = "Gunmen killed 12 villagers in Zamfara on Monday. Soldiers later killed three of \
                the attackers.";
    let codes = first_event_actors(text, "2024-10-04");
    assert!(codes.iter().any(|c| c == "UNIDENTIFIED"), "{codes:?}");
}

#[test]
fn them_after_an_object_are_the_people_it_names() {
    let report = report_of(
        "The army said its soldiers had pursued the attackers and killed five of them.",
        "2024-06-08",
    );
    assert_eq!(report.casualties[0].victims.class, VictimClass::Combatant);
}

#[test]
fn them_after_a_preposition_are_the_people_it_names() {
    let text = "Gang members killed at least 70 people in an attack on Pont-Sonde, the U.N. said \
                on Friday. Police said officers exchanged fire with the attackers, killing two \
                of them.";
    let report = report_of(text, "2024-10-04");
    let rows: Vec<(VictimClass, Option<u64>)> = report.events[0]
        .casualties
        .iter()
        .map(|c| (c.class, c.best))
        .collect();
    assert!(rows.contains(&(VictimClass::Unknown, Some(70))), "{rows:?}");
    assert!(
        rows.contains(&(VictimClass::Combatant, Some(2))),
        "{rows:?}"
    );
}

#[test]
fn a_count_in_a_sentence_of_a_war_toll_is_no_more_of_the_incident_before() {
    let text = "Four people were killed when a drone strike hit a tent in Khan Younis, medics \
                said. The ministry says more than 38,000 people have been killed since the war \
                began on Oct. 7, when militants attacked southern Israel, killing about 1,200 \
                people.";
    let report = report_of(text, "2024-07-11");
    assert_eq!(report.events[0].killed(), 4);
}

#[test]
fn an_israeli_strike_on_a_hamas_command_center() {
    let text = "An Israeli airstrike targeting a Hamas command center in a school in central \
                Gaza killed at least 30 people on Thursday.";
    let roles = first_event_roles(text, "2024-07-11");
    assert!(
        roles.contains(&("ISR".to_string(), conflict_events::ActorRole::Perpetrator)),
        "{roles:?}"
    );
    assert!(
        roles.contains(&("HAMAS".to_string(), conflict_events::ActorRole::Target)),
        "{roles:?}"
    );
}

#[test]
fn parts_that_go_on_about_the_incident_are_no_other_incidents() {
    let text = "Gunmen killed 19 people at a party in the town late on Sunday, in one of the \
                deadliest attacks this year. Authorities later found 17 bodies at the scene. \
                Two of the wounded died in hospital, bringing the toll to 19.";
    let report = report_of(text, "2024-03-12");
    assert_eq!(report.events.len(), 1);
    assert_eq!(report.events[0].killed(), 19);
    // A sum told of several incidents is followed by each of its own.
    let text = "A string of attacks across Iraq killed at least 31 people on Tuesday. In the \
                deadliest attack, a car bomb exploded near a market in Sadr City, killing 12.";
    assert_eq!(report_of(text, "2024-03-12").events.len(), 2);
}

#[test]
fn a_group_another_is_tied_to_is_no_party() {
    let text = "Al-Shabab fighters stormed a hotel in Mogadishu late Friday, killing at least 32 \
                people. Al-Shabab, which is linked to al-Qaida, claimed responsibility for the \
                attack.";
    let codes = first_event_actors(text, "2024-06-15");
    assert_eq!(codes, ["AL_SHABAAB"]);
    let text = "A suicide attack at a mosque killed 36 people on Friday. Jamaat-ul-Ahrar, a \
                splinter group of the Pakistani Taliban, claimed responsibility for the bombing.";
    assert_eq!(first_event_actors(text, "2016-09-17"), ["JUA"]);
    // Fighters tied to a group are its own.
    let text = "Hundreds of fighters linked to the Islamic State group attacked a military base \
                on Sunday, killing 24 soldiers.";
    let codes = first_event_actors(text, "2024-06-11");
    assert!(codes.iter().any(|c| c == "IS"), "{codes:?}");
}

#[test]
fn forces_in_a_speaker_s_description_are_no_party() {
    let text = "Gunmen ambushed a passenger bus in northwest Pakistan on Thursday, killing at \
                least 38 people, officials said.\n\nThe bus was traveling in a convoy when \
                attackers opened fire in the Kurram district. At least 29 others were \
                wounded.\n\nAmong the dead were six women and two children, said Mir Hassan, a \
                police official. The death toll could rise as some of the wounded were in \
                critical condition, he said.\n\nThe district has a history of clashes \
                between rival tribes, which have killed dozens of people in recent months.";
    let codes = first_event_actors(text, "2024-11-21");
    assert!(!codes.iter().any(|c| c == "GOV"), "{codes:?}");
}

#[test]
fn a_group_told_of_for_its_other_attacks_is_no_party() {
    let text = "Two suicide bombers blew themselves up in central Baghdad on Thursday, killing \
                at least 32 people. No group immediately claimed responsibility for the attack, \
                but the Islamic State group has carried out similar attacks in the past.";
    let codes = first_event_actors(text, "2021-01-21");
    assert!(!codes.iter().any(|c| c == "IS"), "{codes:?}");
}

#[test]
fn houthis_by_another_spelling_and_iraq_s_popular_mobilization_forces() {
    let text = "Shiite Huthi rebels shelled a market in Taiz, killing 14 civilians.";
    assert!(first_event_actors(text, "2016-03-20").contains(&"HOUTHI".to_string()));
    let text = "Fighters of the Popular Mobilisation Forces killed 12 people near Baiji.";
    assert!(first_event_actors(text, "2016-08-18").contains(&"PMF".to_string()));
}

#[test]
fn forces_that_respond_or_speak_by_name_are_no_party() {
    let text = "At least 18 people were killed when armed bandits attacked Kango village, \
                residents said. Police spokesman Mohammed Shehu confirmed the attack but said \
                12 people were killed, and that police and soldiers had been deployed to the \
                area.";
    let codes = first_event_actors(text, "2023-06-02");
    assert!(!codes.iter().any(|c| c == "GOV"), "{codes:?}");
}

fn first_event_roles(text: &str, date: &str) -> Vec<(String, conflict_events::ActorRole)> {
    let report = report_of(text, date);
    report.events[0]
        .actors
        .iter()
        .map(|a| (a.code.as_str().to_string(), a.role))
        .collect()
}

/// Each event's date value and its dead.
fn dated_tolls(text: &str, date: &str) -> Vec<(String, u64)> {
    report_of(text, date)
        .events
        .iter()
        .map(|e| (e.date.as_ref().unwrap().value.clone(), e.killed()))
        .collect()
}

fn first_event_actors(text: &str, date: &str) -> Vec<String> {
    let report = report_of(text, date);
    report.events[0]
        .actors
        .iter()
        .map(|a| a.code.as_str().to_string())
        .collect()
}

#[test]
fn another_toll_on_another_day_is_another_incident() {
    let text = "Suspected insurgents killed at least 30 people in attacks on two villages in \
                Borno state, residents said on Saturday. The militants stormed the villages on \
                Friday evening, burning homes. Another 10 people were killed when two suicide \
                bombers blew themselves up at a mosque in Konduga on Thursday.";
    let events = dated_tolls(text, "2020-02-09");
    assert_eq!(
        events,
        [
            ("2020-02-07TEV".to_string(), 30),
            ("2020-02-06".to_string(), 10)
        ]
    );
}

#[test]
fn the_sentence_going_on_about_an_incident_names_its_armed_groups() {
    let text = "At least 26 people were killed in clashes in the town of Kaga Bandoro on \
                Wednesday, the U.N. mission said. The fighting pitted ex-Seleka fighters \
                against anti-Balaka militias, a military officer who investigated it said.";
    assert_eq!(
        first_event_actors(text, "2016-10-13"),
        ["SELEKA", "ANTI_BALAKA"]
    );
}

#[test]
fn government_airstrikes_name_the_government() {
    let text = "Syrian government airstrikes on rebel-held towns killed at least 45 people on \
                Monday, activists said.";
    assert_eq!(first_event_actors(text, "2018-02-20"), ["GOV"]);
}

#[test]
fn a_toll_that_restates_a_side_s_count_is_counted_once() {
    let text = "An air strike hit a market in Maarat al-Numan on Monday. A monitor said 25 \
                civilians were killed, while rescuers put the toll at 31.";
    let report = report_of(text, "2019-07-23");
    assert_eq!(report.events.len(), 1);
    let event = &report.events[0];
    assert_eq!(event.killed(), 31);
    assert_eq!(report.total(Outcome::Killed), Some(event.killed()));
    // The civilians' count stays, not added: the civilians are still the target.
    let civilians = event
        .casualties
        .iter()
        .find(|c| c.side.as_ref().is_some_and(|s| s.as_str() == "civilians"))
        .unwrap();
    assert_eq!((civilians.best, civilians.counted), (Some(25), false));
    assert!(first_event_actors(text, "2019-07-23").contains(&"civilians".to_string()));
    // The UCDP row's deaths per side add up to its best.
    let row = conflict_events::output::ucdp_row("a", 0, event, text);
    assert_eq!(crate::output::ucdp_deaths(&row), (31, 31));
}

#[test]
fn counts_of_two_sides_both_count() {
    let text = "Militants attacked an army post near Idlib on Saturday, killing 26 soldiers, \
                a monitor said. Six of the attackers were killed in the clashes.";
    let report = report_of(text, "2019-04-21");
    assert!(report.events[0].casualties.iter().all(|c| c.counted));
}

#[test]
fn a_sentence_that_moves_to_another_part_of_the_country_tells_of_another_incident() {
    let text = "Shelling killed five civilians in the eastern Donetsk region on Tuesday, the \
                governor said. In the south, a missile strike on the city of Mykolaiv killed \
                one person early Tuesday, the mayor said.";
    let report = report_of(text, "2022-07-06");
    let killed: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(killed, [5, 1]);
}

#[test]
fn a_capital_that_only_opens_a_sentence_names_no_source() {
    let text = "At least 12 people were killed in a suicide car bomb attack on a military base \
                on Monday, officials said. Witnesses told reporters that the bomber rammed the \
                gate. Police said Ali Hassan, a guard, was among the dead.";
    let report = report_of(text, "2017-03-14");
    let source = report.events[0].source.as_ref().unwrap();
    assert_eq!(source.name, "officials");
}

#[test]
fn a_sentence_between_the_incident_s_own_gives_its_day() {
    let text = "Suspected militants have killed at least nine people in an attack on a village, \
                a local official said on Saturday. The militants raided Kuda village late on \
                Friday and began shooting residents, said the local government chairman. \"They \
                killed nine people and burnt several houses,\" he said.";
    let report = report_of(text, "2017-03-11");
    let date = report.events[0].date.as_ref().unwrap();
    assert_eq!(date.value, "2017-03-10");
}

#[test]
fn an_attack_that_came_days_after_another_is_another_incident() {
    let text = "Militants killed nine people in an attack on a village on Friday, an official \
                said. The attack came two days after two suicide bombers killed four people at \
                a market in Maiduguri.";
    let report = report_of(text, "2017-03-11");
    let killed: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(killed, [9, 4]);
    // Coming after a time of no incident is no other incident.
    let text = "Militants killed nine people in an attack on a village on Friday, an official \
                said. The attack, which killed nine, came after weeks of tension in the area.";
    assert_eq!(report_of(text, "2017-03-11").events.len(), 1);
}

#[test]
fn an_office_of_a_party_that_reports_the_dead_did_not_kill_them() {
    for text in [
        "A coalition air strike hit a bus in a market in Saada on Thursday, killing at least 29 \
         children, the Houthi rebels' health ministry said.",
        "An air strike killed 12 civilians in Saada on Thursday, the Houthi-run health \
         ministry said.",
        "An air strike killed 12 civilians in Saada on Thursday, a monitor said, citing the \
         Houthi health ministry.",
    ] {
        let codes = first_event_actors(text, "2018-08-10");
        assert!(!codes.contains(&"HOUTHI".to_string()), "{text}: {codes:?}");
    }
}

#[test]
fn a_party_s_count_of_its_own_dead_is_no_claim() {
    let text = "Thirteen police officers were killed when insurgents attacked four police posts \
                on Saturday, a police spokesman said. An Arakan Army spokesman said three of its \
                fighters had died in the fighting.";
    let report = report_of(text, "2019-01-06");
    assert_eq!(report.events.len(), 1);
    assert_eq!(report.events[0].killed(), 16);
}

#[test]
fn conflicting_figures_of_sources_give_an_event_its_low_and_high() {
    for (text, low, best, high, estimates) in [
        (
            "Gunmen killed 12 villagers in Kauru on Sunday, police said. Residents said 18 \
             people were killed in the attack.",
            Some(12),
            Some(18),
            Some(18),
            2,
        ),
        (
            "A bomb killed 9 people at a market in Mogadishu, police said, while hospital \
             officials said 14 died.",
            Some(9),
            Some(14),
            Some(14),
            2,
        ),
        // Another resident, and the subject of an estimate's verb, are other sources; a
        // toll over days is one of the estimates.
        (
            "Militants killed at least 37 farmers near the village of Koshebe on Saturday, a \
             militia leader said. Another resident said he counted 43 bodies.",
            Some(37),
            Some(43),
            Some(43),
            2,
        ),
        (
            "Gang members killed at least 115 people over three days in the town of \
             Petite-Riviere, the United Nations said on Friday. Local officials put the death \
             toll at 70.",
            Some(70),
            Some(115),
            Some(115),
            2,
        ),
        // An estimate told in parts is their sum: 7 + 1 against "more than 10".
        (
            "Security forces killed at least seven people and at least one policeman died \
             in the protests in Kinshasa, police said on Sunday. An organizer of the \
             protests, Leonie Kandolo, said more than 10 people were killed.",
            Some(8),
            Some(10),
            None,
            3,
        ),
    ] {
        let report = report_of(text, "2024-03-05");
        assert_eq!(report.events.len(), 1, "{text}");
        let row = report.events[0]
            .casualties
            .iter()
            .find(|c| c.counted && c.outcome == Outcome::Killed && c.side.is_none())
            .expect(text);
        assert_eq!((row.low, row.best, row.high), (low, best, high), "{text}");
        assert_eq!(row.evidence.len(), estimates, "{text}");
        // The article's total keeps its best figure.
        assert_eq!(report.total(Outcome::Killed), best, "{text}");
    }
}

#[test]
fn another_figure_at_another_place_in_the_next_sentence_is_another_incident() {
    for (text, tolls) in [
        (
            "Gunmen killed 12 people at a market in Kano on Sunday. Seven people were killed \
             at a church in Zaria.",
            vec![12, 7],
        ),
        // The same figure at a finer place, or told again with its parts, is the same one.
        (
            "Gunmen killed 12 people in Kano state on Sunday. Police said 12 people were \
             killed in the village of Tudun Wada.",
            vec![12],
        ),
        (
            "Five people, including a child, were shot dead at a party in El Salvador early \
             on Friday. Gunmen killed five people, including a woman and a child, in Los \
             Cerritos, police said.",
            vec![5],
        ),
    ] {
        let report = report_of(text, "2024-03-05");
        let found: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
        assert_eq!(found, tolls, "{text}");
    }
}

#[test]
fn jihadists_are_the_jihadist_group_named_near_them_else_unidentified() {
    for (text, codes) in [
        (
            "Suspected jihadists killed 12 villagers in northern Mali on Sunday.",
            vec!["UNIDENTIFIED", "civilians"],
        ),
        (
            "Boko Haram jihadists have killed eight loggers near Kayamla village, residents \
             said.",
            vec!["BOKO_HARAM", "civilians"],
        ),
        // Not the group another is tied to.
        (
            "Suspected jihadists killed 40 civilians in an attack on a village in northern \
             Burkina Faso. Attacks in the area are often carried out by an al-Qaida affiliate \
             known as JNIM.",
            vec!["JNIM", "civilians"],
        ),
    ] {
        assert_eq!(first_event_actors(text, "2025-06-10"), codes, "{text}");
    }
}

#[test]
fn members_of_an_armed_body_are_combatants_members_of_a_family_are_not() {
    use conflict_events::VictimClass;
    for (text, class) in [
        (
            "Gunmen killed five members of a local vigilante group in Zamfara on Sunday.",
            VictimClass::Combatant,
        ),
        (
            "Gunmen killed seven members of his family in Zamfara on Sunday.",
            VictimClass::Unknown,
        ),
    ] {
        let report = report_of(text, "2024-03-05");
        assert_eq!(report.casualties[0].victims.class, class, "{text}");
    }
}

#[test]
fn the_group_that_holds_a_place_is_no_party_to_an_attack_there() {
    for (text, codes) in [
        (
            "U.S. airstrikes on a fuel port controlled by the Houthi rebels killed at least 74 \
             people on Thursday.",
            vec!["US"],
        ),
        (
            "Assailants burst into a pool hall controlled by the Barrio 18 gang in the \
             capital and opened fire, killing at least 12 people.",
            vec!["UNIDENTIFIED"],
        ),
    ] {
        assert_eq!(first_event_actors(text, "2025-04-20"), codes, "{text}");
    }
}

#[test]
fn a_named_army_of_other_words_is_no_state_s_army() {
    for (text, codes) in [
        (
            "Fighting between the National Liberation Army (ELN) rebels and FARC dissidents \
             in the Catatumbo region has killed at least 80 people since Thursday.",
            vec!["ELN", "FARC"],
        ),
        (
            "The Nigerian Army killed 12 militants in Borno on Sunday.",
            vec!["GOV", "UNIDENTIFIED"],
        ),
    ] {
        assert_eq!(first_event_actors(text, "2025-04-20"), codes, "{text}");
    }
}

#[test]
fn a_later_sentence_that_blames_a_group_names_the_perpetrator() {
    for (text, codes) in [
        (
            "Gunmen killed 132 civilians in attacks on villages in central Mali over the \
             weekend, the government said. It attributed them to the Katiba Macina, an \
             affiliate of JNIM.",
            vec!["JNIM", "civilians"],
        ),
        (
            "A roadside bomb killed five soldiers near Mogadishu on Monday. Officials blamed \
             the attack on al-Shabaab.",
            vec!["GOV", "AL_SHABAAB"],
        ),
        (
            "The bodies of 11 men were found near Kananga on Wednesday. The army blamed the \
             Kamuina Nsapu militia.",
            vec!["KAMUINA_NSAPU"],
        ),
    ] {
        assert_eq!(first_event_actors(text, "2025-05-06"), codes, "{text}");
    }
}

#[test]
fn an_incident_a_day_before_and_a_sum_over_a_day_are_events_of_their_own() {
    let text = "Russian forces shelled the southern city of Kherson on Saturday, killing four \
                people and wounding 17, the regional governor said, a day after a missile \
                attack on the city of Odesa killed two. Ukraine's military said its forces had \
                repelled 25 Russian attacks along the front line over the past 24 hours and \
                killed 1,150 Russian soldiers.";
    let report = report_of(text, "2024-03-09");
    let tolls: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(tolls, [4, 2, 1150]);
    assert!(report.events[2].is_aggregate());
}

#[test]
fn a_spokesman_of_a_group_in_power_or_for_the_police_speaks_for_no_party() {
    let text = "A bomb exploded near a mosque in the city of Mazar-e-Sharif during Friday \
                prayers, killing at least 11 people, a Taliban spokesman said.";
    // The Taliban in power speak for the government; before, their word was a claim.
    assert_eq!(first_event_actors(text, "2024-03-09"), Vec::<String>::new());
    assert_eq!(first_event_actors(text, "2019-03-09"), ["TALIBAN"]);
    let text = "A bomb killed 11 people at a mosque in Mazar-e-Sharif on Friday, said Mohammad \
                Asif Waziri, spokesman for the provincial police chief. Earlier in the week, a \
                bombing at a school in Kabul killed six people.";
    let report = report_of(text, "2024-03-09");
    assert!(report.events[0].actors.is_empty());
    let tolls: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(tolls, [11, 6]);
}

#[test]
fn the_parts_of_a_wave_of_bombings_are_events_of_their_own() {
    let text = "A wave of bombings across Iraq killed at least 41 people on Monday, officials \
                said. The deadliest attack struck a busy market in the town of Tuz Khurmatu, \
                where a car bomb killed 15 people and wounded 40. In Baghdad's Sadr City \
                district, a suicide bomber blew himself up at a checkpoint, killing nine \
                people, including four policemen. In the northern city of Mosul, gunmen shot \
                dead a local councilman and his two sons outside their home. Two roadside \
                bombs in the western province of Anbar killed five soldiers.";
    let report = report_of(text, "2024-03-12");
    let tolls: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(tolls, [41, 15, 9, 3, 5]);
    assert!(report.events[0].is_aggregate());
    // The parts of a sum dated on Monday happened on Monday.
    for event in &report.events {
        let date = event.date.as_ref().expect("a date");
        assert_eq!((date.value.as_str(), date.inherited), ("2024-03-11", false));
    }
}

#[test]
fn armed_groups_of_current_conflicts_are_named() {
    for (text, codes) in [
        (
            "Fighters of the Kachin Independence Army attacked an outpost near Laiza on \
             Sunday, killing 12 soldiers.",
            vec!["KIA", "GOV"],
        ),
        (
            "Suspected CODECO militiamen killed 22 displaced people at a camp in Djugu \
             territory overnight.",
            vec!["CODECO"],
        ),
        (
            "Fano militiamen killed at least 10 federal soldiers near Gondar on Monday.",
            vec!["FANO", "GOV"],
        ),
    ] {
        assert_eq!(first_event_actors(text, "2025-05-06"), codes, "{text}");
    }
}

#[test]
fn a_next_sentence_about_the_village_dates_the_incident() {
    let text = "Paramilitary fighters stormed a village in Gezira province, killing more than 100 \
                people, activists said Thursday. The fighters attacked the village on \
                Wednesday, the committees said.";
    let report = report_of(text, "2024-03-04");
    let date = report.events[0].date.as_ref().unwrap();
    assert_eq!(date.value, "2024-02-28");
}

#[test]
fn jihadists_killed_are_of_the_group_named_nearest_else_unidentified() {
    let side_of_jihadists = |text: &str| {
        let report = report_of(text, "2024-03-04");
        report
            .casualties
            .iter()
            .find(|c| text[c.span.range()].starts_with("17"))
            .and_then(|c| c.victims.side.clone())
            .map(|s| s.as_str().to_string())
    };
    let named = "Regime forces clashed with Hayat Tahrir al-Sham in Idlib on Saturday. The \
                 Observatory said 23 regime soldiers and 17 jihadists were killed.";
    assert_eq!(side_of_jihadists(named).as_deref(), Some("HTS"));
    let unnamed = "The Observatory said 23 regime soldiers and 17 jihadists were killed in \
                   clashes in Idlib on Saturday.";
    assert_eq!(side_of_jihadists(unnamed).as_deref(), Some("UNIDENTIFIED"));
}

#[test]
fn a_police_command_that_confirms_an_attack_is_no_party() {
    let text = "No fewer than 17 persons were feared killed on Sunday when suspected herdsmen \
                invaded a village in Benue State. Eyewitnesses said the attackers stormed the \
                community at about 8pm and shot sporadically. The state police command \
                confirmed the attack but said only 9 bodies had been recovered.";
    assert_eq!(first_event_actors(text, "2024-03-04"), ["FULANI"]);
}

#[test]
fn what_happened_a_day_before_a_clause_is_dated_the_day_before() {
    let dates = |text: &str, dct: &str| -> Vec<String> {
        report_of(text, dct)
            .events
            .iter()
            .map(|e| e.date.as_ref().unwrap().value.clone())
            .collect()
    };
    let text = "Russian forces shelled the southern city of Kherson on Saturday, killing four \
                people, the regional governor said, a day after a missile attack on the city of \
                Odesa killed two.";
    assert_eq!(dates(text, "2024-03-09"), ["2024-03-09", "2024-03-08"]);
    let text = "Colombian authorities said on Wednesday that residents were holding 25 soldiers \
                in Cauca, a day after FARC dissidents killed two soldiers in the same region.";
    assert_eq!(dates(text, "2024-03-06"), ["2024-03-05"]);
}

#[test]
fn a_toll_since_a_day_of_a_month_is_the_war_s_and_dates_no_incident() {
    let text = "Israeli strikes on Gaza have killed 30,000 Palestinians since October 7, the \
                health ministry said on Thursday. In the past 24 hours, 97 people were killed \
                and 130 wounded, it said.";
    let report = report_of(text, "2024-03-04");
    assert!(report.casualties[0].flags.cumulative);
    let killed: Vec<u64> = report.events.iter().map(|e| e.killed()).collect();
    assert_eq!(killed, [97]);
    assert_eq!(report.events[0].date.as_ref().unwrap().value, "2024-03-04");
}

#[test]
fn a_vehicle_that_struck_or_hit_a_mine_is_a_remote_explosive() {
    for (text, date) in [
        (
            "Thirteen members of a wedding party died when their vehicle struck a roadside \
             mine in Nangarhar province, the governor's spokesman said.",
            "2024-03-07",
        ),
        (
            "Nine soldiers were killed when their vehicle hit a mine near Djibo in Burkina \
             Faso's Soum province.",
            "2024-02-10",
        ),
    ] {
        let report = report_of(text, date);
        assert_eq!(
            report.events[0].event_type,
            conflict_events::EventType::RemoteExplosiveLandmineIed,
            "{text}"
        );
    }
}

#[test]
fn a_running_toll_an_incident_brings_up_keeps_its_sentence_the_incident_s() {
    let text = "Security forces fired on protesters in Khartoum on Thursday, killing four people, \
                doctors said. The Central Committee of Sudan Doctors said dozens were injured, \
                bringing the number of protesters killed since the coup to 98.";
    let report = report_of(text, "2024-06-20");
    assert_eq!(report.events.len(), 1);
    assert_eq!(report.events[0].killed(), 4);
    let location = report.events[0].location.as_ref().unwrap();
    assert_eq!(location.name, "Khartoum");
}

#[test]
fn forces_named_among_the_dead_are_targets_not_perpetrators() {
    let text = "Gunmen killed at least 132 civilians in a raid on the village on Saturday. \
                Seven soldiers were among the dead, local sources said.";
    let roles = first_event_roles(text, "2021-06-07");
    assert!(
        roles.contains(&("GOV".to_string(), conflict_events::ActorRole::Target)),
        "{roles:?}"
    );
    assert!(
        roles.contains(&(
            "UNIDENTIFIED".to_string(),
            conflict_events::ActorRole::Perpetrator
        )),
        "{roles:?}"
    );
}

#[test]
fn the_agent_of_a_passive_is_the_perpetrator_though_its_men_were_hurt() {
    let text = "At least 27 protesters were killed by police at a rally in the capital. Five \
                policemen were injured.";
    let roles = first_event_roles(text, "2016-08-08");
    assert!(
        roles.contains(&("GOV".to_string(), conflict_events::ActorRole::Perpetrator)),
        "{roles:?}"
    );
}

#[test]
fn a_ukrainian_drone_attack_on_russia_is_ukraine_s() {
    let text = "Officials said a Ukrainian drone attack on the border region of Belgorod killed \
                two people and injured 37.";
    let roles = first_event_roles(text, "2024-08-30");
    assert!(
        roles.contains(&("UKR".to_string(), conflict_events::ActorRole::Perpetrator)),
        "{roles:?}"
    );
}

#[test]
fn the_day_told_after_the_first_sentence_dates_the_incident_not_a_later_one() {
    let text = "Insurgents killed at least 15 farmers in Borno state, residents said Monday. \
                The attack happened Sunday afternoon in Mafa, the governor said. Several others \
                were missing, he said. It was the second such attack this month. On May 4, \
                insurgents killed seven loggers near the town of Gwoza.";
    let dated = dated_tolls(text, "2024-05-20");
    assert_eq!(
        dated,
        [
            ("2024-05-19TAF".to_string(), 15),
            ("2024-05-04".to_string(), 7)
        ]
    );
}

#[test]
fn a_country_s_possessive_before_its_region_names_no_party() {
    let text = "Gunmen attacked a police post in Russia's Dagestan region on Sunday, killing at \
                least 15 police officers, officials said.";
    let roles = first_event_roles(text, "2024-06-24");
    assert!(roles.iter().all(|(code, _)| code != "RUS"), "{roles:?}");
}

#[test]
fn a_clause_of_another_place_after_a_direction_is_another_incident() {
    let text = "Israeli strikes killed at least three people in southern Lebanon, while Hezbollah \
                rockets wounded five people in Haifa.";
    let report = report_of(text, "2024-09-22");
    let places: Vec<&str> = report
        .events
        .iter()
        .map(|e| e.location.as_ref().unwrap().country.as_deref().unwrap())
        .collect();
    assert_eq!(places, ["LBN", "ISR"]);
}

#[test]
fn forces_that_free_captives_did_not_take_them() {
    let text = "Security forces freed 137 schoolchildren kidnapped from a school in Kuriga \
                earlier this month, the governor said on Sunday.";
    let roles = first_event_roles(text, "2024-03-10");
    assert!(roles.iter().all(|(code, _)| code != "GOV"), "{roles:?}");
}

#[test]
fn a_pro_government_outlet_is_no_party() {
    let text = "Text of report by Somali pro-government website Goobjoog on 4 March: Al-Shabab \
                militants have executed two men in Bulo Burde town, residents said.";
    let report = report_of(text, "2017-03-05");
    let codes: Vec<&str> = report.events[0]
        .actors
        .iter()
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(codes, ["AL_SHABAAB"]);
}

#[test]
fn an_earlier_incident_the_article_recalls_is_its_own_event_of_its_own_date() {
    let text = "Gunmen killed four people on Friday in the town. In 2014, Islamic State \
                militants killed 1,700 cadets at Camp Speicher.";
    let report = report_of(text, "2023-03-10");
    assert_eq!(report.total(conflict_events::Outcome::Killed), Some(4));
    let dates: Vec<(u64, String)> = report
        .events
        .iter()
        .map(|e| {
            (
                e.killed(),
                e.date.as_ref().map_or(String::new(), |d| d.value.clone()),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [(4, "2023-03-10".to_string()), (1700, "2014".to_string())]
    );
}

#[test]
fn turkish_strikes_and_government_bombardment_name_their_perpetrators() {
    let text = "Turkish drone strikes killed 12 people in Qamishli on Monday.";
    assert_eq!(first_event_actors(text, "2018-02-20"), ["TUR"]);
    let text = "Syrian government bombardment of eastern Ghouta killed at least 100 people.";
    assert!(first_event_actors(text, "2018-02-20").contains(&"GOV".to_string()));
}

#[test]
fn a_fronted_day_of_a_report_does_not_date_the_event() {
    let text = "On Monday, the army said its troops had killed 20 militants in clashes over the \
                weekend.";
    let report = report_of(text, "2024-03-12");
    let date = report.events[0].date.as_ref().map(|d| d.value.clone());
    assert_eq!(date.as_deref(), Some("2024-W10-WE"));
}

#[test]
fn a_toll_of_fighting_that_began_on_a_day_runs_up_to_the_report() {
    let text = "Fighting that began on March 1 has killed at least 40 people, officials said.";
    let report = report_of(text, "2024-03-12");
    let date = report.events[0].date.as_ref().expect("a date");
    let interval = date.interval.expect("an interval");
    assert_eq!(interval.start.date().to_string(), "2024-03-01");
    assert_eq!(interval.end.date().to_string(), "2024-03-13");
}

#[test]
fn communist_rebels_and_gangs_are_parties() {
    let text = "Suspected communist rebels ambushed an army patrol in Northern Samar province on \
                Saturday, killing three soldiers.";
    assert!(first_event_actors(text, "2024-04-15").contains(&"NPA".to_string()));
    let text = "Gang members killed at least 15 people in the Cite Soleil neighborhood.";
    assert_eq!(first_event_actors(text, "2024-04-15"), ["UNIDENTIFIED"]);
}

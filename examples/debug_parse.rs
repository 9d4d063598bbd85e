fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let report = conflict_events::Parser::new().parse(&text);
    for c in &report.casualties {
        println!(
            "{:?} {:?} {:?} side={:?} flags={:?} | {} | count={:?} victims={:?}",
            c.outcome,
            c.count.value,
            c.count.qualifier,
            c.victims.side,
            c.flags,
            &text[c.span.range()],
            &text[c.count.span.range()],
            &text[c.victims.span.range()]
        );
    }
    println!(
        "killed={:?} injured={:?}",
        report.killed.map(|t| t.best),
        report.injured.map(|t| t.best)
    );
}

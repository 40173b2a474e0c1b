//! Every default rule's examples, run as written and shifted by a prefix.

#[test]
fn default_rule_examples_pass() {
    let ex = newsie::Extractor::default();
    let failures = ex.check_rule_examples();
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

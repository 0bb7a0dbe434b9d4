//! A clause id (`2.7.2(4)`) in the guide's own numbering (`第二部分（七）2.（4）`), so a reader
//! can find the clause in the guide's PDF: parts are 一、二、…, sections （一）（二）…, items
//! `1.` `2.` and sub-items `(1)`. The compact id stays the key everywhere else.

/// 1 → 一, 10 → 十, 17 → 十七 (the guide counts sections up to 十七).
fn chinese_numeral(n: u32) -> Option<String> {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => Some(DIGITS[n as usize].to_string()),
        10..=19 => Some(format!("十{}", DIGITS[(n - 10) as usize])),
        20..=99 => Some(format!("{}十{}", DIGITS[(n / 10) as usize], DIGITS[(n % 10) as usize])),
        _ => None,
    }
}

/// The parts of a clause id: part, section, item, sub-item (each optional after the part).
pub fn clause_parts(id: &str) -> Option<(u32, Option<u32>, Option<u32>, Option<u32>)> {
    let (dotted, sub) = match id.split_once('(') {
        Some((dotted, rest)) => (dotted, Some(rest.strip_suffix(')')?.parse().ok()?)),
        None => (id, None),
    };
    let mut numbers = dotted.split('.').map(|n| n.parse::<u32>().ok());
    let part = numbers.next()??;
    let section = numbers.next().map(|n| n.ok_or(())).transpose().ok()?;
    let item = numbers.next().map(|n| n.ok_or(())).transpose().ok()?;
    if numbers.next().is_some() || (sub.is_some() && item.is_none()) {
        return None;
    }
    Some((part, section, item, sub))
}

/// `2.7.2(4)` → (`第二部分（七）2.（4）`, `Part 2 (7) 2.(4)`); an id of another shape (`附件1`)
/// is given back as it is.
pub fn guide_numbering(id: &str) -> (String, String) {
    let Some((part, section, item, sub)) = clause_parts(id) else { return (id.to_string(), id.to_string()) };
    let Some(part_zh) = chinese_numeral(part) else { return (id.to_string(), id.to_string()) };
    let mut zh = format!("第{part_zh}部分");
    let mut en = format!("Part {part}");
    if let Some(section) = section {
        let Some(section_zh) = chinese_numeral(section) else { return (id.to_string(), id.to_string()) };
        zh.push_str(&format!("（{section_zh}）"));
        en.push_str(&format!(" ({section})"));
    }
    if let Some(item) = item {
        zh.push_str(&format!("{item}."));
        en.push_str(&format!(" {item}."));
    }
    if let Some(sub) = sub {
        zh.push_str(&format!("（{sub}）"));
        en.push_str(&format!("({sub})"));
    }
    (zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_as_the_guide_numbers_them() {
        assert_eq!(guide_numbering("2.7.2(4)"), ("第二部分（七）2.（4）".to_string(), "Part 2 (7) 2.(4)".to_string()));
        assert_eq!(guide_numbering("2.17.1").0, "第二部分（十七）1.");
        assert_eq!(guide_numbering("7.7").0, "第七部分（七）");
        assert_eq!(guide_numbering("6").0, "第六部分");
        assert_eq!(guide_numbering("附件1").0, "附件1");
        assert_eq!(guide_numbering("2.x").0, "2.x");
        assert_eq!(chinese_numeral(10).as_deref(), Some("十"));
        assert_eq!(chinese_numeral(16).as_deref(), Some("十六"));
    }
}

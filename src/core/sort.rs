//! One copy of the standard library's stable sort for the whole program.
//!
//! Why: `sort`, `sort_by` and `sort_by_key` are generic, and each call with its own element type
//! or closure compiles a copy of the sorting code (driftsort with its small-sort networks: 3 to
//! 5 KB of wasm each). The forms page, the offices' page and the workers sorted in about eight
//! places, so each of their wasm modules carried several copies. Here every sort goes through
//! [`sort_indices`], which is not generic: it sorts the positions `0..n` by a comparison given as
//! a trait object, and the items are then put in that order. The cost is a vector of `u32` and
//! a dynamic call per comparison, which is nothing at the sizes sorted here (a register of a few
//! thousand packages at most).

use std::cmp::Ordering;

/// Sorts `items` stably (equal items keep their order) by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_indices(&mut order, &|a, b| compare(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&at| slots[at as usize].take()));
}

/// Sorts `items` stably by the key `key` gives each.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, &|a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, &|a, b| a.cmp(b));
}

/// Puts a short list (a few levels or affiliations) in order by insertion: a few dozen bytes of
/// code per type, for lists a user ticks one item at a time.
pub fn sort_short<T: Ord>(items: &mut [T]) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && items[at - 1] > items[at] {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// The one place the standard library's sort is compiled: positions, by a comparison of the
/// items at them.
#[inline(never)]
fn sort_indices(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key_and_naturally() {
        let mut words = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 0)];
        sort_by_key(&mut words, |(_, rank)| *rank);
        assert_eq!(words, vec![("e", 0), ("a", 1), ("d", 1), ("b", 2), ("c", 2)]);
        let mut names: Vec<String> = ["郑州", "安阳", "开封"].map(String::from).to_vec();
        sort(&mut names);
        let mut expected = names.clone();
        expected.sort();
        assert_eq!(names, expected);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut levels = vec![3u8, 1, 5, 2];
        sort_short(&mut levels);
        assert_eq!(levels, vec![1, 2, 3, 5]);
        let mut reversed: Vec<u32> = (0..1000).rev().collect();
        sort_by(&mut reversed, &|a, b| a.cmp(b));
        assert_eq!(reversed, (0..1000).collect::<Vec<_>>());
    }
}

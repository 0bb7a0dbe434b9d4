//! A map and a set kept sorted in a `Vec`, for the small keyed collections of the forms and the
//! package (a handful of entries each: 附件1's changed fields and unticked boxes, 附件2's
//! sections, 附件3's systems, the package's ticked materials).
//!
//! Why not `BTreeMap` and `BTreeSet`: each key type compiled its own B-tree (node search, split,
//! merge and rebalance, clone and drop of the nodes) into the forms page's, the workers' and the
//! offices' wasm (issue 16; docs/bytes.md "Sorted collections"). Here a key type costs a binary
//! search and `Vec::insert`. At these sizes the speed is the same. A collection read
//! from a file or collected from many entries is put in order once (the one stable sort,
//! `core::sort`), never inserted one by one, so a hostile package with many keys out of order
//! still takes n log n time.
//!
//! They read and write JSON exactly as the B-tree ones do: a map is an object and a set an array,
//! both in key order, a later duplicate key replacing the earlier one. So the packages, their
//! codes and their schema are unchanged (the schema is checked by `package::tests`).

use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A map in key order. Keys are unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub const fn new() -> Self {
        SortedMap { entries: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where `key` is (`Ok`) or would go (`Err`).
    fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(own, _)| own.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|index| &self.entries[index].1)
    }


    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_ok()
    }

    /// Sets `key`'s value; gives back the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(index) => Some(std::mem::replace(&mut self.entries[index].1, value)),
            Err(index) => {
                self.entries.insert(index, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|index| self.entries.remove(index).1)
    }

    /// `key`'s value, inserted as `V::default()` when missing (`BTreeMap`'s
    /// `entry(key).or_default()`).
    pub fn value_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let index = match self.position(&key) {
            Ok(index) => index,
            Err(index) => {
                self.entries.insert(index, (key, V::default()));
                index
            }
        };
        &mut self.entries[index].1
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(key, value)| (key, value))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(key, _)| key)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, value)| value)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(entries);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    /// Appends, then puts in order once: a later entry's value replaces an earlier one's with its
    /// key.
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) {
        let mut all = std::mem::take(&mut self.entries);
        all.extend(entries);
        if !all.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            crate::core::sort::sort_by(&mut all, &|a, b| a.0.cmp(&b.0));
        }
        for entry in all {
            match self.entries.last_mut() {
                // As `BTreeMap` does: the key already there stays, the value is the later one.
                Some(last) if last.0 == entry.0 => last.1 = entry.1,
                _ => self.entries.push(entry),
            }
        }
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (key, value) in &self.entries {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for MapVisitor<K, V> {
            type Value = SortedMap<K, V>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = access.next_entry()? {
                    entries.push(entry);
                }
                Ok(entries.into_iter().collect())
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// A set in order. Elements are unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedSet<T> {
    elements: Vec<T>,
}

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet { elements: Vec::new() }
    }
}

impl<T: Ord> SortedSet<T> {
    pub const fn new() -> Self {
        SortedSet { elements: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.elements.is_empty()
    }

    fn position<Q: Ord + ?Sized>(&self, element: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.elements.binary_search_by(|own| own.borrow().cmp(element))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, element: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.position(element).is_ok()
    }

    /// Adds `element`; false when it was there already.
    pub fn insert(&mut self, element: T) -> bool {
        match self.position(&element) {
            Ok(_) => false,
            Err(index) => {
                self.elements.insert(index, element);
                true
            }
        }
    }

    /// Takes `element` out; false when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, element: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.position(element).map(|index| self.elements.remove(index)).is_ok()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.elements.iter()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(elements: I) -> Self {
        let mut set = SortedSet::new();
        set.extend(elements);
        set
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    /// Appends, then puts in order once, keeping the first of equal elements.
    fn extend<I: IntoIterator<Item = T>>(&mut self, elements: I) {
        let mut all = std::mem::take(&mut self.elements);
        all.extend(elements);
        if !all.windows(2).all(|pair| pair[0] < pair[1]) {
            crate::core::sort::sort(&mut all);
        }
        for element in all {
            if self.elements.last() != Some(&element) {
                self.elements.push(element);
            }
        }
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.elements.iter()
    }
}

impl<T: Serialize> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.elements.len()))?;
        for element in &self.elements {
            seq.serialize_element(element)?;
        }
        seq.end()
    }
}

impl<'de, T: Ord + Deserialize<'de>> Deserialize<'de> for SortedSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SeqVisitor<T>(PhantomData<T>);

        impl<'de, T: Ord + Deserialize<'de>> Visitor<'de> for SeqVisitor<T> {
            type Value = SortedSet<T>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a sequence")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut elements = Vec::new();
                while let Some(element) = access.next_element()? {
                    elements.push(element);
                }
                Ok(elements.into_iter().collect())
            }
        }

        deserializer.deserialize_seq(SeqVisitor(PhantomData))
    }
}

// The schema and the property tests see the B-tree types these stand for.
#[cfg(test)]
mod test_support {
    use std::borrow::Cow;
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;
    use schemars::{JsonSchema, Schema, SchemaGenerator};

    use super::{SortedMap, SortedSet};

    impl<K: JsonSchema, V: JsonSchema> JsonSchema for SortedMap<K, V> {
        fn inline_schema() -> bool {
            <BTreeMap<K, V>>::inline_schema()
        }
        fn schema_name() -> Cow<'static, str> {
            <BTreeMap<K, V>>::schema_name()
        }
        fn schema_id() -> Cow<'static, str> {
            <BTreeMap<K, V>>::schema_id()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            <BTreeMap<K, V>>::json_schema(generator)
        }
    }

    impl<T: JsonSchema> JsonSchema for SortedSet<T> {
        fn inline_schema() -> bool {
            <BTreeSet<T>>::inline_schema()
        }
        fn schema_name() -> Cow<'static, str> {
            <BTreeSet<T>>::schema_name()
        }
        fn schema_id() -> Cow<'static, str> {
            <BTreeSet<T>>::schema_id()
        }
        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            <BTreeSet<T>>::json_schema(generator)
        }
    }

    impl<K: Ord + Arbitrary + 'static, V: Arbitrary + 'static> Arbitrary for SortedMap<K, V> {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with(_: ()) -> Self::Strategy {
            any::<BTreeMap<K, V>>().prop_map(|map| map.into_iter().collect()).boxed()
        }
    }

    impl<T: Ord + Arbitrary + 'static> Arbitrary for SortedSet<T> {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with(_: ()) -> Self::Strategy {
            any::<BTreeSet<T>>().prop_map(|set| set.into_iter().collect()).boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The same operations give the same contents, in the same order, as the B-tree types,
        /// and the same JSON both ways.
        #[test]
        fn a_map_behaves_as_a_btree_map(operations in proptest::collection::vec((0u8..3, 0u8..12, any::<u16>()), 0..40)) {
            let mut ours = SortedMap::new();
            let mut theirs = BTreeMap::new();
            for (operation, key, value) in operations {
                match operation {
                    0 => prop_assert_eq!(ours.insert(key, value), theirs.insert(key, value)),
                    1 => prop_assert_eq!(ours.remove(&key), theirs.remove(&key)),
                    _ => *ours.value_or_default(key) += 1,
                }
                if operation == 2 {
                    *theirs.entry(key).or_default() += 1;
                }
                prop_assert_eq!(ours.get(&key), theirs.get(&key));
                prop_assert_eq!(ours.contains_key(&key), theirs.contains_key(&key));
            }
            prop_assert_eq!(ours.len(), theirs.len());
            prop_assert!(ours.iter().eq(theirs.iter()));
            let json = serde_json::to_string(&ours).unwrap();
            prop_assert_eq!(&json, &serde_json::to_string(&theirs).unwrap());
            prop_assert_eq!(serde_json::from_str::<SortedMap<u8, u16>>(&json).unwrap(), ours);
        }

        #[test]
        fn a_set_behaves_as_a_btree_set(operations in proptest::collection::vec((any::<bool>(), "[a-d]{0,2}"), 0..40)) {
            let mut ours = SortedSet::new();
            let mut theirs = BTreeSet::new();
            for (add, element) in operations {
                if add {
                    prop_assert_eq!(ours.insert(element.clone()), theirs.insert(element.clone()));
                } else {
                    prop_assert_eq!(ours.remove(element.as_str()), theirs.remove(element.as_str()));
                }
                prop_assert_eq!(ours.contains(element.as_str()), theirs.contains(element.as_str()));
            }
            prop_assert!(ours.iter().eq(theirs.iter()));
            let json = serde_json::to_string(&ours).unwrap();
            prop_assert_eq!(&json, &serde_json::to_string(&theirs).unwrap());
            prop_assert_eq!(serde_json::from_str::<SortedSet<String>>(&json).unwrap(), ours);
        }
    }

    #[test]
    fn json_in_any_order_with_duplicates_reads_as_the_btree_types_read_it() {
        let map = r#"{"b": 1, "a": 2, "b": 3}"#;
        let ours: SortedMap<String, u8> = serde_json::from_str(map).unwrap();
        let theirs: BTreeMap<String, u8> = serde_json::from_str(map).unwrap();
        assert!(ours.iter().eq(theirs.iter()));
        let set = r#"["b", "a", "b"]"#;
        let ours: SortedSet<String> = serde_json::from_str(set).unwrap();
        let theirs: BTreeSet<String> = serde_json::from_str(set).unwrap();
        assert!(ours.iter().eq(theirs.iter()));
        // The same refusals, in the same words.
        for bad in [r#"[1]"#, r#""x""#, r#"{"a": "x"}"#] {
            let ours = serde_json::from_str::<SortedMap<String, u8>>(bad).unwrap_err().to_string();
            let theirs = serde_json::from_str::<BTreeMap<String, u8>>(bad).unwrap_err().to_string();
            assert_eq!(ours, theirs, "{bad}");
        }
        for bad in [r#"{"a": 1}"#, r#"[1]"#] {
            let ours = serde_json::from_str::<SortedSet<String>>(bad).unwrap_err().to_string();
            let theirs = serde_json::from_str::<BTreeSet<String>>(bad).unwrap_err().to_string();
            assert_eq!(ours, theirs, "{bad}");
        }
    }
}

//! Issue 15, item 4: the duplicate table cannot be flooded. Keys crafted to collide under a
//! fixed, unkeyed hash (FxHash, the table's former hasher) make that table quadratic; under
//! the per-check seeded SipHash-1-3 they cost what random keys cost. Prints the figures
//! (`cargo test --release --test roster_flood -- --nocapture`).

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::time::Instant;

use yibao::domain::roster::check::{SeededState, SipHasher13};

/// The former hasher (rustc's FxHash), unkeyed.
#[derive(Default)]
struct Fx(u64);
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `n` packed keys that all have the same FxHash: the low word is free, the high word
/// cancels it.
fn crafted(n: usize) -> Vec<u128> {
    (1..=n as u64)
        .map(|lo| {
            let h1 = lo.wrapping_mul(K);
            let hi = h1.rotate_left(5) ^ 0x1234_5678;
            (u128::from(hi) << 64) | u128::from(lo)
        })
        .collect()
}

/// `n` keys of the same shape, spread at random (splitmix64).
fn random(n: usize) -> Vec<u128> {
    let mut z = 42u64;
    let mut next = || {
        z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut x = z;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    };
    (0..n).map(|_| (u128::from(next()) << 64) | u128::from(next())).collect()
}

fn time<S: BuildHasher>(keys: &[u128], state: S) -> f64 {
    let started = Instant::now();
    let mut map = HashMap::with_hasher(state);
    for (i, &k) in keys.iter().enumerate() {
        map.entry(k).or_insert(i as u32);
    }
    assert_eq!(map.len(), keys.len());
    started.elapsed().as_secs_f64() * 1000.0
}

#[test]
fn crafted_keys_flood_an_unkeyed_table_but_not_the_seeded_one() {
    let n = 4_000;
    let (c, r) = (crafted(n), random(n));
    let fx = |k: u128| BuildHasherDefault::<Fx>::default().hash_one(k);
    assert!(c.iter().all(|&k| fx(k) == fx(c[0])), "the crafted keys collide under FxHash");
    let fx_crafted = time(&c, BuildHasherDefault::<Fx>::default());
    let fx_random = time(&r, BuildHasherDefault::<Fx>::default());
    let sip_crafted = time(&c, SeededState::new(0x1234));
    let sip_random = time(&r, SeededState::new(0x1234));
    println!("{n} keys, ms: FxHash crafted {fx_crafted:.2}, random {fx_random:.2}; seeded SipHash crafted {sip_crafted:.2}, random {sip_random:.2}");
    // Seeded, the crafted keys spread like random ones.
    let seeded = SeededState::new(7);
    let mut low: Vec<u64> = c.iter().map(|&k| seeded.hash_one(k) & 0xfff).collect();
    low.sort_unstable();
    low.dedup();
    assert!(low.len() > 2_000, "{} distinct low bits of 4,096", low.len());
    assert!(sip_crafted < fx_crafted, "seeded {sip_crafted} ms vs unkeyed {fx_crafted} ms");
}

#[test]
fn siphash_1_3_agrees_with_std_and_the_seed_changes_the_hash() {
    let mut ours = SipHasher13::new_with_keys(0, 0);
    let mut theirs = std::collections::hash_map::DefaultHasher::new();
    for input in [&b""[..], b"a", b"hello world", b"11010519491231002X0123456789"] {
        ours.write(input);
        theirs.write(input);
        assert_eq!(ours.finish(), theirs.finish(), "{input:?}");
    }
    let key = 110105194912310021u128;
    assert_ne!(SeededState::new(1).hash_one(key), SeededState::new(2).hash_one(key));
    assert_eq!(SeededState::new(1).hash_one(key), SeededState::new(1).hash_one(key));
}

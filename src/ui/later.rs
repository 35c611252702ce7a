//! What no one sees at first is drawn after the first paint: the content of the result's
//! closed sections (sources, refunds, the payment window, the staff's dates) and the answers
//! kept for paper. The first result then builds ~25% fewer nodes, and its answer is on screen
//! sooner (issue 16). The sections themselves (`<details>` and `<summary>`) are drawn at
//! once, so nothing moves when their content comes; every mark of the contract is drawn at
//! once. Once the first paint is done, every later choice draws everything at once.

use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Whether the page's first paint is done.
#[derive(Clone, Copy)]
pub struct FirstPaint(RwSignal<bool>);

impl FirstPaint {
    /// Provides it to the page (`App`) and marks it done after the next paint: a frame, then
    /// a task. Where frames do not come (a hidden tab, a frame out of view), a quarter of a
    /// second later at most; printing marks it done at once (`finish`).
    pub fn provide() -> FirstPaint {
        let done = FirstPaint(RwSignal::new(false));
        provide_context(done);
        request_animation_frame(move || set_timeout(move || done.finish(), Duration::ZERO));
        set_timeout(move || done.finish(), Duration::from_millis(250));
        done
    }

    /// Draws what waits now.
    /// (A page drawn again, when published notices arrive late, has disposed the first
    /// page's signal by the time its timers fire: nothing to do then.)
    pub fn finish(self) {
        if self.0.try_get_untracked() == Some(false) {
            let _ = self.0.try_set(true);
        }
    }
}

/// `view`, once the first paint is done (at once after it). Boxed: the rendering code is
/// compiled once for every caller, not once per caller (~2 KB of the calculator's download).
pub fn later(view: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    boxed(Arc::new(view))
}

fn boxed(view: Arc<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    let done = use_context::<FirstPaint>().map(|f| f.0);
    (move || done.is_none_or(|d| d.get()).then(|| view())).into_any()
}

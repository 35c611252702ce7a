/* yibao embed helper: paste next to the iframe on your page.
 *   <iframe src="https://YOUR-HOST/?embed=1&region=meizhou&year=2022" data-yibao
 *           title="城乡居民医保缴费计算" style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://YOUR-HOST/embed.js" defer></script>
 * It resizes each iframe marked data-yibao to the height its page reports. The page posts
 * only its height ({type: "yibao:height", height}); this script reads nothing else and only
 * accepts messages from the iframes' own windows and origin.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'yibao:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-yibao]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) continue;
      var h = Math.max(200, Math.min(20000, Math.round(data.height)));
      frame.style.height = h + 'px';
    }
  });
})();

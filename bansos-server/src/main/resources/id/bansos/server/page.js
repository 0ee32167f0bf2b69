// The page at /: builds a household from the form (or takes the pasted JSON), asks this server for
// its decision and explanation, and shows them. Nothing is fetched from anywhere else.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var RELATIONS = ["HEAD", "SPOUSE", "CHILD", "GRANDCHILD", "PARENT", "IN_LAW", "OTHER"];
  var SCHOOLS = ["", "SD", "SMP", "SMA"];
  var OCCUPATIONS = ["", "ASN", "TNI", "POLRI", "PENSIUNAN_ASN_TNI_POLRI", "BUMN_BUMD", "PERANGKAT_DESA",
    "GURU_SERTIFIKASI", "TENAGA_KESEHATAN", "PEMILIK_USAHA", "PEKERJA_APBN_APBD", "LAINNYA"];

  function select(options, value) {
    var s = document.createElement("select");
    options.forEach(function (o) {
      var opt = document.createElement("option");
      opt.value = o; opt.textContent = o === "" ? "—" : o;
      if (o === value) { opt.selected = true; }
      s.appendChild(opt);
    });
    return s;
  }
  function cell(row, el) { var td = document.createElement("td"); td.appendChild(el); row.appendChild(td); return el; }
  function input(type, value) { var i = document.createElement("input"); i.type = type; if (type === "checkbox") { i.checked = !!value; } else { i.value = value || ""; } return i; }

  function addMember(m) {
    m = m || {};
    var row = document.createElement("tr");
    cell(row, input("text", m.nik)).className = "nik";
    cell(row, select(["FEMALE", "MALE"], m.sex)).className = "sex";
    cell(row, input("date", m.birth_date)).className = "birth";
    cell(row, select(RELATIONS, m.relationship)).className = "rel";
    cell(row, input("checkbox", m.pregnant)).className = "preg";
    cell(row, select(SCHOOLS, m.school_level || "")).className = "school";
    cell(row, input("checkbox", m.severe_disability)).className = "dis";
    cell(row, select(OCCUPATIONS, m.occupation || "")).className = "occ";
    var remove = document.createElement("button"); remove.type = "button"; remove.textContent = "×";
    remove.addEventListener("click", function () { row.remove(); });
    cell(row, remove);
    $("members").tBodies[0].appendChild(row);
  }

  function household() {
    var pasted = $("paste").value.trim();
    if (pasted !== "") { return pasted; }
    var h = { id: $("hid").value.trim(), region: $("region").value.trim(), members: [] };
    if ($("desil").value !== "") { h.desil = Number($("desil").value); }
    Array.prototype.forEach.call($("members").tBodies[0].rows, function (row) {
      var q = function (c) { return row.querySelector("." + c); };
      var m = { nik: q("nik").value.trim(), sex: q("sex").value, birth_date: q("birth").value, relationship: q("rel").value };
      if (q("preg").checked) { m.pregnant = true; }
      if (q("school").value) { m.school_level = q("school").value; }
      if (q("dis").checked) { m.severe_disability = true; }
      if (q("occ").value) { m.occupation = q("occ").value; }
      h.members.push(m);
    });
    return JSON.stringify(h);
  }

  function translate(lang) {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-" + lang + "]"), function (el) {
      el.textContent = el.getAttribute("data-" + lang);
    });
  }

  function rupiah(n, lang) {
    var s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : ".");
    return "Rp" + s;
  }

  function request(path, accept) {
    var lang = $("lang").value;
    var url = path + "?program=" + encodeURIComponent($("program").value) + "&as_of=" + encodeURIComponent($("as_of").value) + "&lang=" + lang;
    var headers = { "Content-Type": "application/json", "Accept": accept };
    if ($("key").value) { headers.Authorization = "Bearer " + $("key").value; }
    return fetch(url, { method: "POST", headers: headers, body: household() });
  }

  function showProblem(p) {
    var lang = $("lang").value;
    $("outcome").className = "no";
    $("outcome").textContent = (lang === "en" ? "Error: " : "Kesalahan: ") + p.detail;
    $("amounts").textContent = "";
    $("explanation").textContent = "";
    var list = $("errors"); list.textContent = "";
    (p.errors || []).forEach(function (e) { var li = document.createElement("li"); li.textContent = e.message; list.appendChild(li); });
  }

  async function decide(event) {
    event.preventDefault();
    var lang = $("lang").value;
    $("result").hidden = false;
    try {
      var decisionResponse = await request("/v1/decisions", "application/json");
      var decision = await decisionResponse.json();
      if (!decisionResponse.ok) { showProblem(decision); document.body.setAttribute("data-decided", "true"); return; }
      var page = await (await request("/v1/explain", "text/plain")).text();
      $("errors").textContent = "";
      $("outcome").className = decision.eligible ? "yes" : "no";
      $("outcome").textContent = decision.eligible ? (lang === "en" ? "Eligible" : "Layak") : (lang === "en" ? "Not eligible" : "Tidak layak");
      $("amounts").textContent = decision.eligible
        ? (lang === "en" ? "Per year " : "Setahun ") + rupiah(decision.annual_amount, lang) + "; " + (lang === "en" ? "this payment " : "pembayaran ini ") + rupiah(decision.amount_per_payment, lang)
        : decision.reasons.map(function (r) { return r.code; }).join(", ");
      $("explanation").textContent = page;
    } catch (e) {
      showProblem({ detail: String(e) });
    }
    document.body.setAttribute("data-decided", "true");
  }

  $("lang").addEventListener("change", function () { translate($("lang").value); });
  $("add").addEventListener("click", function () { addMember({ relationship: "CHILD" }); });
  $("form").addEventListener("submit", decide);
  addMember({ nik: "3204124508850002", sex: "FEMALE", birth_date: "1985-08-05", relationship: "HEAD", pregnant: true });
  addMember({ nik: "3204121203150001", sex: "MALE", birth_date: "2015-03-12", relationship: "CHILD", school_level: "SD" });
  document.body.setAttribute("data-ready", "true");
  // A link to /#decide decides the example at once (to share it, and for the browser test).
  if (location.hash === "#decide") { $("submit").click(); }
})();

package vn.gov.moha.opendata.opendata.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every text of the portal's pages in Vietnamese and English, in one place (the templates read them as
 * {@code ${t.key}}). Data (titles, descriptions, labels) comes in both languages from the catalogue; these are the
 * words around it.
 */
final class PortalText {
  private static final Map<String, String> VI = new LinkedHashMap<>();
  private static final Map<String, String> EN = new LinkedHashMap<>();

  static {
    add("site", "Dữ liệu mở Bộ Nội vụ", "Open data — Ministry of Home Affairs");
    add("ministry", "Bộ Nội vụ", "Ministry of Home Affairs");
    add("skip", "Bỏ qua, đến nội dung chính", "Skip to the main content");
    add("navLabel", "Điều hướng chính", "Main navigation");
    add("navHome", "Trang chủ", "Home");
    add("navDatasets", "Bộ dữ liệu", "Datasets");
    add("navApi", "Tài liệu API", "API documentation");
    add("navSparql", "SPARQL", "SPARQL");
    add("navCatalog", "Danh mục DCAT", "DCAT catalogue");
    add("navCkan", "API CKAN", "CKAN API");
    add("switchLabel", "Ngôn ngữ", "Language");
    add("homeTitle", "Cổng dữ liệu mở Bộ Nội vụ", "Open data portal of the Ministry of Home Affairs");
    add("homeIntro", "Bộ Nội vụ công bố tại đây các bộ dữ liệu mở về văn bản pháp luật, hội và quỹ, thi đua và "
      + "khen thưởng: miễn phí, theo giấy phép CC BY 4.0, tải về dưới dạng CSV hoặc RDF, truy vấn qua API và "
      + "SPARQL, mỗi bản ghi có một URI ổn định.",
      "The Ministry of Home Affairs publishes its open datasets here: legal documents, associations and funds, "
      + "emulation and commendation. Free of charge under CC BY 4.0, downloadable as CSV or RDF, queryable through "
      + "the API and SPARQL, every record with a stable URI.");
    add("searchLabel", "Tìm bộ dữ liệu", "Search the datasets");
    add("searchHint", "Có thể gõ không dấu, ví dụ: hoi quy", "Diacritics are optional, e.g. hoi quy");
    add("searchButton", "Tìm", "Search");
    add("newest", "Cập nhật gần đây", "Recently updated");
    add("mostDownloaded", "Được tải nhiều nhất", "Most downloaded");
    add("downloadsCount", "lượt tải", "downloads");
    add("updated", "cập nhật", "updated");
    add("allDatasets", "Xem tất cả bộ dữ liệu", "See all datasets");
    add("developers", "Cho nhà phát triển", "For developers");
    add("devApi", "Tài liệu API (OpenAPI)", "API documentation (OpenAPI)");
    add("devSparql", "Điểm truy vấn SPARQL", "SPARQL endpoint");
    add("devCatalog", "Danh mục DCAT-AP", "DCAT-AP catalogue");
    add("devCkan", "API kiểu CKAN", "CKAN-style API");
    add("listTitle", "Bộ dữ liệu", "Datasets");
    add("results", "bộ dữ liệu", "datasets");
    add("noResults", "Không có bộ dữ liệu nào phù hợp.", "No dataset matches.");
    add("filters", "Bộ lọc", "Filters");
    add("facetTheme", "Chủ đề", "Theme");
    add("facetPublisher", "Đơn vị công bố", "Publisher");
    add("facetFormat", "Định dạng", "Format");
    add("clearFilters", "Bỏ mọi bộ lọc", "Clear all filters");
    add("selected", "đang chọn, bấm để bỏ", "selected, follow to remove");
    add("generated", "Một phần dữ liệu là dữ liệu minh họa được sinh tự động: không mô tả tổ chức, con người hay "
      + "quyết định có thật.", "Part of this data is generated demo data: it describes no real organisation, person "
      + "or decision.");
    add("generatedShort", "có dữ liệu minh họa", "contains demo data");
    add("about", "Mô tả", "Description");
    add("metadata", "Thông tin mô tả", "Metadata");
    add("metadataCaption", "Siêu dữ liệu của bộ dữ liệu", "The dataset's metadata");
    add("identifier", "URI", "URI");
    add("publisher", "Đơn vị công bố", "Publisher");
    add("themes", "Chủ đề", "Themes");
    add("euThemes", "Chủ đề (EU)", "Themes (EU)");
    add("keywords", "Từ khóa", "Keywords");
    add("licence", "Giấy phép", "Licence");
    add("temporal", "Khoảng thời gian", "Temporal coverage");
    add("spatial", "Phạm vi", "Spatial coverage");
    add("vietnam", "Việt Nam", "Viet Nam");
    add("issued", "Ngày công bố", "Issued");
    add("modified", "Cập nhật lần cuối", "Last modified");
    add("frequency", "Tần suất cập nhật", "Update frequency");
    // the EU frequency codes the catalogue uses (http://publications.europa.eu/resource/authority/frequency/)
    add("frequency.UPDATE_CONT", "Liên tục", "Continuous");
    add("frequency.DAILY", "Hằng ngày", "Daily");
    add("frequency.WEEKLY", "Hằng tuần", "Weekly");
    add("frequency.MONTHLY", "Hằng tháng", "Monthly");
    add("frequency.QUARTERLY", "Hằng quý", "Quarterly");
    add("frequency.ANNUAL", "Hằng năm", "Annual");
    add("frequency.IRREG", "Không định kỳ", "Irregular");
    add("access", "Quyền truy cập", "Access");
    add("public", "Công khai, miễn phí", "Public, free of charge");
    add("contact", "Liên hệ", "Contact");
    add("downloads", "Tải về", "Download");
    add("downloadsIntro", "Toàn bộ bộ dữ liệu trong một tệp, mã hóa UTF-8.", "The whole dataset in one file, UTF-8.");
    add("sizeUnknown", "kích thước chưa biết cho đến lần tải đầu tiên", "size unknown until the first download");
    add("csvw", "Siêu dữ liệu CSVW của tệp CSV", "CSVW metadata of the CSV file");
    add("datapackage", "Data Package (datapackage.json)", "Data Package (datapackage.json)");
    add("preview", "Xem trước", "Preview");
    add("previewCaption", "10 bản ghi đầu tiên", "The first 10 records");
    add("previewNone", "Bộ dữ liệu chưa có bản ghi.", "The dataset has no record yet.");
    add("chart", "Số bản ghi theo năm", "Records per year");
    add("chartDesc", "Biểu đồ cột: số bản ghi của mỗi năm", "Bar chart: the number of records of each year");
    add("chartTable", "Bảng số liệu của biểu đồ", "The chart's data as a table");
    add("year", "Năm", "Year");
    add("count", "Số bản ghi", "Records");
    add("use", "Dùng dữ liệu", "Use the data");
    add("curlDownload", "Tải tệp CSV", "Download the CSV file");
    add("curlApi", "Gọi API (5 bản ghi đầu, JSON)", "Call the API (first 5 records, JSON)");
    add("curlDcat", "Mô tả DCAT (Turtle)", "The DCAT description (Turtle)");
    add("curlCkan", "API kiểu CKAN", "CKAN-style API");
    add("sparql", "Truy vấn SPARQL", "SPARQL query");
    add("sparqlRun", "Chạy truy vấn này", "Run this query");
    add("apiDocs", "Tài liệu API", "API documentation");
    add("dcat", "Mô tả DCAT", "DCAT description");
    add("footer", "Dữ liệu theo giấy phép CC BY 4.0 — ghi nguồn: Bộ Nội vụ. URI ổn định, không đổi khi bản ghi được "
      + "sửa.", "Data under CC BY 4.0 — attribution: Ministry of Home Affairs. Stable URIs that never change when a "
      + "record is edited.");
    add("parTitle", "Kết quả Chỉ số cải cách hành chính", "PAR Index results");
    add("parIntro", "Chỉ số cải cách hành chính (PAR Index) do Bộ Nội vụ công bố hằng năm: điểm (%), thứ hạng trong "
      + "nhóm và điểm từng lĩnh vực của mỗi bộ, cơ quan ngang bộ và mỗi tỉnh, thành phố.", "The Public Administration "
      + "Reform Index the Ministry of Home Affairs publishes every year: each ministry's and province's score (%), its "
      + "rank in its group and its score in each field.");
    add("parNone", "Không có kết quả công bố cho năm và nhóm này", "No published results for this year and group");
    add("parYear", "Năm", "Year");
    add("parGroup", "Nhóm", "Group");
    add("parChoose", "Chọn năm và nhóm", "Choose a year and a group");
    add("parRanking", "Điểm và thứ hạng", "Scores and ranks");
    add("parRankingDesc", "Biểu đồ thanh ngang: điểm (%) của từng đơn vị, xếp theo thứ hạng; thang 0–100 %",
      "Horizontal bar chart: each unit's score (%), in rank order; scale 0–100 %");
    add("parMean", "Trung bình nhóm", "Group mean");
    add("parNoScore", "chưa có điểm công bố", "no published score");
    add("parShown", "Số đơn vị có kết quả / số đơn vị xếp hạng:", "Units with results / units ranked:");
    add("parPartial", "Dữ liệu thật chỉ gồm các kết quả tìm thấy trên báo chí (chưa đầy đủ); mỗi số liệu ghi nguồn.",
      "Real figures are only those found in the press (partial); each one names its source.");
    add("parTable", "Bảng số liệu của biểu đồ", "The chart's data as a table");
    add("parRank", "Thứ hạng", "Rank");
    add("parUnit", "Đơn vị", "Unit");
    add("parScore", "Điểm (%)", "Score (%)");
    add("parPoints", "Điểm số", "Points");
    add("parSource", "Nguồn", "Source");
    add("parGenerated", "dữ liệu minh họa", "generated");
    add("parSources", "Nguồn số liệu", "Sources of the figures");
    add("parFields", "Điểm theo lĩnh vực", "Scores by field");
    add("parFieldsDesc", "Biểu đồ thanh ngang: điểm đạt được của từng lĩnh vực so với điểm tối đa",
      "Horizontal bar chart: the points of each field against its maximum");
    add("parFieldsHint", "Chọn một đơn vị trong bảng để xem điểm theo lĩnh vực của đơn vị đó.",
      "Choose a unit in the table to see its scores by field.");
    add("parFieldsNone", "Điểm theo lĩnh vực chưa có cho năm và nhóm này (báo chí chỉ công bố tổng điểm).",
      "Scores by field are not available for this year and group (the press published totals only).");
    add("parField", "Lĩnh vực", "Field");
    add("parMax", "Điểm tối đa", "Maximum");
    add("parApi", "Cùng số liệu qua API (JSON)", "The same figures from the API (JSON)");
    add("parLink", "Xem biểu đồ kết quả theo năm", "See the results charts by year");
    add("notFoundTitle", "Không tìm thấy", "Not found");
    add("notFound", "Không có bộ dữ liệu này.", "There is no such dataset.");
    add("breadcrumb", "Vị trí", "You are here");
    add("linkedData", "Mỗi bản ghi có URI riêng; bấm vào URI để xem trang dữ liệu liên kết của bản ghi.",
      "Every record has its own URI: follow it to the record's linked-data page.");
  }

  private PortalText() {
  }

  private static void add(String key, String vi, String en) {
    VI.put(key, vi);
    EN.put(key, en);
  }

  /** The texts of a language ({@code vi} or {@code en}). */
  static Map<String, String> of(String lang) {
    return "en".equals(lang) ? EN : VI;
  }
}

package vn.gov.moha.opendata.opendata.catalogue;

import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/** What {@code help_show} answers: each action's documentation, as CKAN gives its docstring, with an example call. */
final class CkanHelp {
  private static final Map<String, String> TEXTS = Map.of(
    "package_list", "Return a list of the names of the site's datasets (packages), sorted by name.\n\n"
      + ":param limit: if given, the list of datasets will be broken into pages of at most ``limit`` datasets\n"
      + ":param offset: when ``limit`` is given, the offset to start returning packages from\n\n"
      + "Example: {base}/api/3/action/package_list",
    "package_show", "Return the metadata of a dataset (package) and its resources.\n\n"
      + ":param id: the id or name of the dataset\n\nExample: {base}/api/3/action/package_show?id=legal-documents",
    "package_search", "Search for packages satisfying a given search criteria.\n\n"
      + ":param q: the solr query (words are searched diacritics-insensitively: \"hoi\" finds \"Hội\")\n"
      + ":param fq: any filter queries to apply, e.g. organization:ban-tdkt, tags:\"khen thưởng\", res_format:CSV,"
      + " groups:phap-luat, metadata_modified:[2024-01-01T00:00:00Z TO NOW]\n"
      + ":param sort: e.g. \"score desc, metadata_modified desc\" (default), \"name asc\", \"title_string asc\"\n"
      + ":param rows: the maximum number of matching rows (datasets) to return (default 10, at most 1000)\n"
      + ":param start: the offset in the complete result for where the set of returned datasets should begin\n"
      + ":param facet.field: the fields to facet upon, a JSON list (default organization, tags, res_format, groups,"
      + " license_id)\n:param facet.limit: the maximum number of values per facet (default 50)\n"
      + ":param facet.mincount: the minimum count a value needs to be listed (default 1)\n\n"
      + "Example: {base}/api/3/action/package_search?q=khen%20thuong&fq=res_format:CSV",
    "current_package_list_with_resources", "Return a list of the site's datasets (packages) and their resources, "
      + "most recently modified first.\n\n:param limit: maximum number of datasets\n:param offset: offset\n\n"
      + "Example: {base}/api/3/action/current_package_list_with_resources?limit=10",
    "organization_list", "Return a list of the names of the site's organizations (the ministry's units that "
      + "publish datasets).\n\n:param all_fields: return dictionaries instead of just names (default false)\n"
      + ":param sort: name asc (default), title asc or package_count desc\n\n"
      + "Example: {base}/api/3/action/organization_list?all_fields=true",
    "organization_show", "Return the details of an organization.\n\n:param id: the id or name of the organization\n"
      + ":param include_datasets: include its datasets (default false)\n\n"
      + "Example: {base}/api/3/action/organization_show?id=ban-tdkt",
    "status_show", "Return a dictionary with information about the site's configuration.\n\n"
      + "Example: {base}/api/3/action/status_show",
    "help_show", "Return the help string for a particular API action.\n\n:param name: action function name\n\n"
      + "Example: {base}/api/3/action/help_show?name=package_search");

  private CkanHelp() {
  }

  /** The help of an action; CKAN's 404 "Action function not found" for another name, 409 without one. */
  static String text(String name, String base) {
    if (name == null || name.isBlank()) {
      throw CkanApi.validation("name", "Missing value");
    }
    String text = TEXTS.get(name);
    if (text == null) {
      throw ApiProblem.notFound("Not found: Action function not found");
    }
    return text.replace("{base}", base);
  }
}

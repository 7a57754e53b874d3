package vn.gov.moha.opendata.platform.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ROV;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;

/**
 * The terms we emit that Jena has no constants for: ELI, ADMS, FOAF, schema.org, Hydra and our own
 * (rdf/vocab/moha.ttl), and the prefixes every RDF output declares. DCAT and vCard terms are Jena's own
 * ({@link DCAT}, {@link VCARD4}); the DCAT-AP profile adds no term we emit.
 */
public final class Vocab {
  public static final String ELI_NS = "http://data.europa.eu/eli/ontology#";
  public static final String ADMS_NS = "http://www.w3.org/ns/adms#";
  public static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
  public static final String SCHEMA_NS = "https://schema.org/";
  public static final String HYDRA_NS = "http://www.w3.org/ns/hydra/core#";
  /** Core Public Service Vocabulary Application Profile (CPSV-AP): public services. */
  public static final String CPSV_NS = "http://purl.org/vocab/cpsv#";
  /** SEMIC core vocabularies as CPSV-AP 3 uses them (competent authority, costs, evidence, legal resources). */
  public static final String CV_NS = "http://data.europa.eu/m8g/";
  /** Records in Contexts ontology (RiC-O 1.0) of the International Council on Archives: fonds, files, documents. */
  public static final String RICO_NS = "https://www.ica.org/standards/RiC/ontology#";
  /** RiC's vocabulary of record set types (Fonds, Series, File…). */
  public static final String RICO_RECORD_SET_TYPES = "https://www.ica.org/standards/RiC/vocabularies/recordSetTypes#";
  /** The W3C RDF Data Cube vocabulary: statistics as observations of a data set. */
  public static final String QB_NS = "http://purl.org/linked-data/cube#";
  public static final String LANGUAGE_VIE = "http://publications.europa.eu/resource/authority/language/VIE";
  public static final String LANGUAGE_ENG = "http://publications.europa.eu/resource/authority/language/ENG";
  /** IANA's media-types registry: {@code IANA_MEDIA_TYPES + "text/csv"} is the URI of a media type. */
  public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  /** Every prefix our outputs use (Turtle and JSON-LD readers see short names). */
  public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
    .setNsPrefix("rdf", RDF.getURI()).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("xsd", XSD.getURI())
    .setNsPrefix("owl", OWL.getURI()).setNsPrefix("skos", SKOS.getURI()).setNsPrefix("dcterms", DCTerms.getURI())
    .setNsPrefix("eli", ELI_NS).setNsPrefix("rov", ROV.getURI()).setNsPrefix("org", ORG.getURI())
    .setNsPrefix("adms", ADMS_NS).setNsPrefix("foaf", FOAF_NS).setNsPrefix("schema", SCHEMA_NS)
    .setNsPrefix("dcat", DCAT.NS).setNsPrefix("vcard", VCARD4.NS)
    .setNsPrefix("hydra", HYDRA_NS).setNsPrefix("cpsv", CPSV_NS).setNsPrefix("cv", CV_NS).setNsPrefix("qb", QB_NS)
    .setNsPrefix("rico", RICO_NS).setNsPrefix("moha", Uris.MOHA).lock();

  private Vocab() {
  }

  /** ELI ontology terms. */
  public static final class Eli {
    public static final Resource LEGAL_RESOURCE = r(ELI_NS, "LegalResource");
    public static final Resource LEGAL_EXPRESSION = r(ELI_NS, "LegalExpression");
    public static final Resource FORMAT = r(ELI_NS, "Format");
    public static final Resource AGENT = r(ELI_NS, "Agent");
    public static final Resource RESOURCE_TYPE = r(ELI_NS, "ResourceType");
    public static final Property ID_LOCAL = p(ELI_NS, "id_local");
    public static final Property TYPE_DOCUMENT = p(ELI_NS, "type_document");
    public static final Property PASSED_BY = p(ELI_NS, "passed_by");
    public static final Property DATE_DOCUMENT = p(ELI_NS, "date_document");
    public static final Property FIRST_DATE_ENTRY_IN_FORCE = p(ELI_NS, "first_date_entry_in_force");
    public static final Property DATE_NO_LONGER_IN_FORCE = p(ELI_NS, "date_no_longer_in_force");
    public static final Property IN_FORCE = p(ELI_NS, "in_force");
    public static final Property IS_ABOUT = p(ELI_NS, "is_about");
    public static final Property IS_REALIZED_BY = p(ELI_NS, "is_realized_by");
    public static final Property REALIZES = p(ELI_NS, "realizes");
    public static final Property IS_EMBODIED_BY = p(ELI_NS, "is_embodied_by");
    public static final Property EMBODIES = p(ELI_NS, "embodies");
    public static final Property TITLE = p(ELI_NS, "title");
    public static final Property DESCRIPTION = p(ELI_NS, "description");
    public static final Property LANGUAGE = p(ELI_NS, "language");
    public static final Property FORMAT_PROPERTY = p(ELI_NS, "format");
    public static final Property RESPONSIBILITY_OF = p(ELI_NS, "responsibility_of");

    private Eli() {
    }

    /** An ELI term by its local name (relation types name theirs as {@code eli:amends}). */
    public static Property property(String localName) {
      return p(ELI_NS, localName);
    }

    public static Resource inForce(String localName) {
      return r(ELI_NS, localName);
    }
  }

  /** Our own terms (rdf/vocab/moha.ttl). */
  public static final class Moha {
    public static final Resource AWARD_CONFERRAL = r(Uris.MOHA, "AwardConferral");
    public static final Resource LIFECYCLE_EVENT = r(Uris.MOHA, "LifecycleEvent");
    public static final Property ORGANIZATION = p(Uris.MOHA, "organization");
    public static final Property AWARD_TYPE = p(Uris.MOHA, "awardType");
    public static final Property RECIPIENT = p(Uris.MOHA, "recipient");
    public static final Property CONFERRED_BY = p(Uris.MOHA, "conferredBy");
    public static final Property PROPOSED_BY = p(Uris.MOHA, "proposedBy");
    public static final Property DECISION_NUMBER = p(Uris.MOHA, "decisionNumber");
    public static final Property DECISION_ISSUER = p(Uris.MOHA, "decisionIssuer");
    public static final Property AWARD_METHOD = p(Uris.MOHA, "awardMethod");
    public static final Property POSTHUMOUS = p(Uris.MOHA, "posthumous");
    public static final Property RATIONALE = p(Uris.MOHA, "rationale");
    public static final Property LEGAL_BASIS = p(Uris.MOHA, "legalBasis");
    public static final Property WITHDRAWAL_DATE = p(Uris.MOHA, "withdrawalDate");
    public static final Property WITHDRAWAL_DECISION = p(Uris.MOHA, "withdrawalDecision");
    public static final Property WITHDRAWAL_REASON = p(Uris.MOHA, "withdrawalReason");
    public static final Property UNIT_NAME = p(Uris.MOHA, "unitName");
    public static final Property PROVINCE = p(Uris.MOHA, "province");
    public static final Property SCOPE = p(Uris.MOHA, "scope");
    public static final Property MEMBER_COUNT = p(Uris.MOHA, "memberCount");
    public static final Property REPRESENTATIVE_NAME = p(Uris.MOHA, "representativeName");
    public static final Property REPRESENTATIVE_TITLE = p(Uris.MOHA, "representativeTitle");
    public static final Property STATE_ASSIGNED = p(Uris.MOHA, "stateAssigned");
    public static final Property VALIDITY_STATUS = p(Uris.MOHA, "validityStatus");
    public static final Property GENERATED = p(Uris.MOHA, "generated");
    public static final Property VALID_FROM = p(Uris.MOHA, "validFrom");
    public static final Property VALID_TO = p(Uris.MOHA, "validTo");
    public static final Property RECIPIENT_KIND = p(Uris.MOHA, "recipientKind");
    public static final Property DECIDED_BY = p(Uris.MOHA, "decidedBy");
    public static final Resource PAR_INDEX_RESULT = r(Uris.MOHA, "ParIndexResult");
    public static final Resource FIELD_SCORE = r(Uris.MOHA, "FieldScore");
    public static final Property ASSESSED_UNIT = p(Uris.MOHA, "assessedUnit");
    public static final Property UNIT_GROUP = p(Uris.MOHA, "unitGroup");
    public static final Property INDEX_YEAR = p(Uris.MOHA, "indexYear");
    public static final Property SCORE_PERCENT = p(Uris.MOHA, "scorePercent");
    public static final Property POINTS = p(Uris.MOHA, "points");
    public static final Property MAX_POINTS = p(Uris.MOHA, "maxPoints");
    public static final Property RANK = p(Uris.MOHA, "rank");
    public static final Property RANK_OF = p(Uris.MOHA, "rankOf");
    public static final Property METHOD_DECISION = p(Uris.MOHA, "methodDecision");
    public static final Property HAS_FIELD_SCORE = p(Uris.MOHA, "fieldScore");
    public static final Property CRITERION = p(Uris.MOHA, "criterion");
    public static final Property TIME_LIMIT_WORKING_DAYS = p(Uris.MOHA, "timeLimitWorkingDays");
    public static final Property ONLINE_LEVEL = p(Uris.MOHA, "onlineLevel");
    public static final Property NATIONAL_PORTAL_SYNC = p(Uris.MOHA, "nationalPortalSync");
    public static final Property PROCEDURE_LEVEL = p(Uris.MOHA, "procedureLevel");
    public static final Property LEGAL_BASIS_CITATION = p(Uris.MOHA, "legalBasisCitation");
    public static final Resource REPORTING_COMPLIANCE = r(Uris.MOHA, "ReportingCompliance");
    public static final Property REPORT_REGIME = p(Uris.MOHA, "reportRegime");
    public static final Property REPORTING_PERIOD = p(Uris.MOHA, "reportingPeriod");
    public static final Property PERIOD_START = p(Uris.MOHA, "periodStart");
    public static final Property PERIOD_END = p(Uris.MOHA, "periodEnd");
    public static final Property REPORT_DEADLINE = p(Uris.MOHA, "reportDeadline");
    public static final Property UNITS_EXPECTED = p(Uris.MOHA, "unitsExpected");
    public static final Property UNITS_REPORTED = p(Uris.MOHA, "unitsReported");
    public static final Property UNITS_ON_TIME = p(Uris.MOHA, "unitsOnTime");
    public static final Property UNITS_LATE = p(Uris.MOHA, "unitsLate");
    /** Civil servants statistics (Data Cube components). */
    public static final Property REF_YEAR = p(Uris.MOHA, "refYear");
    public static final Property HEADCOUNT = p(Uris.MOHA, "headcount");
    public static final Property STAFFING_QUOTA = p(Uris.MOHA, "staffingQuota");
    public static final Property CS_ORGANISATION = p(Uris.MOHA, "civilServantOrganisation");
    public static final Property CS_PROVINCE = p(Uris.MOHA, "civilServantProvince");
    public static final Property CS_RANK = p(Uris.MOHA, "civilServiceRank");
    public static final Property CS_SEX = p(Uris.MOHA, "civilServantSex");
    public static final Property CS_AGE_BAND = p(Uris.MOHA, "civilServantAgeBand");
    public static final Property CS_ETHNIC_GROUP = p(Uris.MOHA, "civilServantEthnicGroup");
    public static final Property CS_EDUCATION = p(Uris.MOHA, "civilServantEducation");
    public static final Property UNITS_MISSING = p(Uris.MOHA, "unitsMissing");
    public static final Property ACCESS_LEVEL = p(Uris.MOHA, "accessLevel");
    public static final Property RETENTION_YEARS = p(Uris.MOHA, "retentionYears");
    public static final Property RETENTION_PERMANENT = p(Uris.MOHA, "retentionPermanent");
    public static final Property DOC_TOTAL = p(Uris.MOHA, "docTotal");
    public static final Property PAGE_TOTAL = p(Uris.MOHA, "pageTotal");
    public static final Property PAGE_COUNT = p(Uris.MOHA, "pageCount");
    public static final Property DOC_ORDINAL = p(Uris.MOHA, "docOrdinal");
    public static final Property ISSUER_NAME = p(Uris.MOHA, "issuerName");
    public static final Property FONDS_STATUS = p(Uris.MOHA, "fondsStatus");
    public static final Property RESTRICTED_FILES = p(Uris.MOHA, "restrictedFiles");
    public static final Property FIELD_OF_TRAINING = p(Uris.MOHA, "fieldOfTraining");
    public static final Property CANDIDATE_CATEGORY = p(Uris.MOHA, "candidateCategory");
    public static final Property RECRUITED = p(Uris.MOHA, "recruited");
    public static final Property CANDIDATES = p(Uris.MOHA, "candidates");
    public static final Property COURSE = p(Uris.MOHA, "course");
    public static final Property AGENCY = p(Uris.MOHA, "agency");
    public static final Property COMPLETIONS = p(Uris.MOHA, "completions");
    public static final Property SUPPRESSED = p(Uris.MOHA, "suppressed");
    public static final Property JOB_POSITION = p(Uris.MOHA, "jobPosition");

    private Moha() {
    }

    public static Property property(String localName) {
      return p(Uris.MOHA, localName);
    }
  }

  public static final class Adms {
    public static final Resource IDENTIFIER = r(ADMS_NS, "Identifier");
    public static final Property SCHEMA_AGENCY = p(ADMS_NS, "schemaAgency");

    private Adms() {
    }
  }

  public static final class Foaf {
    public static final Resource PERSON = r(FOAF_NS, "Person");
    public static final Resource GROUP = r(FOAF_NS, "Group");
    public static final Resource AGENT = r(FOAF_NS, "Agent");
    public static final Resource ORGANIZATION = r(FOAF_NS, "Organization");
    public static final Resource DOCUMENT = r(FOAF_NS, "Document");
    public static final Property NAME = p(FOAF_NS, "name");
    public static final Property HOMEPAGE = p(FOAF_NS, "homepage");
    public static final Property PAGE = p(FOAF_NS, "page");

    private Foaf() {
    }
  }

  /**
   * Hydra Core: the paging of the catalogue. Both the current terms ({@code hydra:view} to a
   * {@code hydra:PartialCollectionView} with {@code first/next/previous/last}) and the deprecated ones harvesters
   * still read ({@code hydra:PagedCollection} with {@code firstPage/nextPage/previousPage/lastPage},
   * {@code itemsPerPage}).
   */
  public static final class Hydra {
    public static final Resource COLLECTION = r(HYDRA_NS, "Collection");
    public static final Resource PARTIAL_COLLECTION_VIEW = r(HYDRA_NS, "PartialCollectionView");
    public static final Resource PAGED_COLLECTION = r(HYDRA_NS, "PagedCollection");
    public static final Property VIEW = p(HYDRA_NS, "view");
    public static final Property MEMBER = p(HYDRA_NS, "member");
    public static final Property TOTAL_ITEMS = p(HYDRA_NS, "totalItems");
    public static final Property FIRST = p(HYDRA_NS, "first");
    public static final Property NEXT = p(HYDRA_NS, "next");
    public static final Property PREVIOUS = p(HYDRA_NS, "previous");
    public static final Property LAST = p(HYDRA_NS, "last");
    public static final Property FIRST_PAGE = p(HYDRA_NS, "firstPage");
    public static final Property NEXT_PAGE = p(HYDRA_NS, "nextPage");
    public static final Property PREVIOUS_PAGE = p(HYDRA_NS, "previousPage");
    public static final Property LAST_PAGE = p(HYDRA_NS, "lastPage");
    public static final Property ITEMS_PER_PAGE = p(HYDRA_NS, "itemsPerPage");

    private Hydra() {
    }
  }

  /** CPSV-AP: a procedure is a {@code cpsv:PublicService} with its evidence, cost and competent authority. */
  public static final class Cpsv {
    public static final Resource PUBLIC_SERVICE = r(CPSV_NS, "PublicService");
    public static final Property HAS_INPUT = p(CPSV_NS, "hasInput");
    public static final Property PRODUCES = p(CPSV_NS, "produces");
    public static final Resource EVIDENCE = r(CV_NS, "Evidence");
    public static final Resource COST = r(CV_NS, "Cost");
    public static final Resource OUTPUT = r(CV_NS, "Output");
    public static final Property HAS_COMPETENT_AUTHORITY = p(CV_NS, "hasCompetentAuthority");
    public static final Property HAS_COST = p(CV_NS, "hasCost");
    public static final Property HAS_LEGAL_RESOURCE = p(CV_NS, "hasLegalResource");
    public static final Property THEMATIC_AREA = p(CV_NS, "thematicArea");
    public static final Property VALUE = p(CV_NS, "value");
    public static final Property CURRENCY = p(CV_NS, "currency");

    private Cpsv() {
    }
  }

  /** RiC-O 1.0 terms: record sets (fonds, files) and records (documents), their creator and inclusion. */
  public static final class Rico {
    public static final Resource RECORD_SET = r(RICO_NS, "RecordSet");
    public static final Resource RECORD = r(RICO_NS, "Record");
    public static final Resource CORPORATE_BODY = r(RICO_NS, "CorporateBody");
    public static final Resource FONDS = r(RICO_RECORD_SET_TYPES, "Fonds");
    public static final Resource FILE = r(RICO_RECORD_SET_TYPES, "File");
    public static final Property HAS_RECORD_SET_TYPE = p(RICO_NS, "hasRecordSetType");
    public static final Property HAS_DOCUMENTARY_FORM_TYPE = p(RICO_NS, "hasDocumentaryFormType");
    public static final Property IS_OR_WAS_INCLUDED_IN = p(RICO_NS, "isOrWasIncludedIn");
    public static final Property HAS_OR_HAD_CREATOR = p(RICO_NS, "hasOrHadCreator");
    public static final Property IDENTIFIER = p(RICO_NS, "identifier");
    public static final Property TITLE = p(RICO_NS, "title");
    public static final Property NAME = p(RICO_NS, "name");
    public static final Property HISTORY = p(RICO_NS, "history");
    public static final Property SCOPE_AND_CONTENT = p(RICO_NS, "scopeAndContent");
    public static final Property BEGINNING_DATE = p(RICO_NS, "beginningDate");
    public static final Property END_DATE = p(RICO_NS, "endDate");
    public static final Property CREATION_DATE = p(RICO_NS, "creationDate");
    public static final Property CONDITIONS_OF_ACCESS = p(RICO_NS, "conditionsOfAccess");
    public static final Property RECORD_RESOURCE_EXTENT = p(RICO_NS, "recordResourceExtent");

    private Rico() {
    }
  }

  /** W3C RDF Data Cube terms. */
  public static final class Qb {
    public static final Resource DATA_SET = r(QB_NS, "DataSet");
    public static final Resource OBSERVATION = r(QB_NS, "Observation");
    public static final Resource DATA_STRUCTURE_DEFINITION = r(QB_NS, "DataStructureDefinition");
    public static final Resource COMPONENT_SPECIFICATION = r(QB_NS, "ComponentSpecification");
    public static final Property STRUCTURE = p(QB_NS, "structure");
    public static final Property COMPONENT = p(QB_NS, "component");
    public static final Property DIMENSION = p(QB_NS, "dimension");
    public static final Property MEASURE = p(QB_NS, "measure");
    public static final Property ATTRIBUTE = p(QB_NS, "attribute");
    public static final Property COMPONENT_REQUIRED = p(QB_NS, "componentRequired");
    public static final Property ORDER = p(QB_NS, "order");
    public static final Property DATA_SET_PROPERTY = p(QB_NS, "dataSet");

    private Qb() {
    }
  }

  public static final class Schema {
    public static final Resource COURSE = r(SCHEMA_NS, "Course");
    public static final Resource SYLLABUS = r(SCHEMA_NS, "Syllabus");
    public static final Property COURSE_CODE = p(SCHEMA_NS, "courseCode");
    public static final Property DESCRIPTION = p(SCHEMA_NS, "description");
    public static final Property PROVIDER = p(SCHEMA_NS, "provider");
    public static final Property TIME_REQUIRED = p(SCHEMA_NS, "timeRequired");
    public static final Property SYLLABUS_SECTIONS = p(SCHEMA_NS, "syllabusSections");
    public static final Property POSITION = p(SCHEMA_NS, "position");
    public static final Property TEACHES = p(SCHEMA_NS, "teaches");
    public static final Property IN_LANGUAGE = p(SCHEMA_NS, "inLanguage");
    public static final Property EDUCATIONAL_CREDENTIAL_AWARDED = p(SCHEMA_NS, "educationalCredentialAwarded");
    public static final Property JOB_TITLE = p(SCHEMA_NS, "jobTitle");
    public static final Property FOUNDING_DATE = p(SCHEMA_NS, "foundingDate");
    public static final Resource QUESTION = r(SCHEMA_NS, "Question");
    public static final Resource ANSWER = r(SCHEMA_NS, "Answer");
    public static final Property NAME = p(SCHEMA_NS, "name");
    public static final Property TEXT = p(SCHEMA_NS, "text");
    public static final Property DATE_CREATED = p(SCHEMA_NS, "dateCreated");
    public static final Property DATE_PUBLISHED = p(SCHEMA_NS, "datePublished");
    public static final Property ABOUT = p(SCHEMA_NS, "about");
    public static final Property ACCEPTED_ANSWER = p(SCHEMA_NS, "acceptedAnswer");
    public static final Property AUTHOR = p(SCHEMA_NS, "author");
    public static final Property CITATION = p(SCHEMA_NS, "citation");
    public static final Property IDENTIFIER = p(SCHEMA_NS, "identifier");

    private Schema() {
    }
  }

  private static Resource r(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  private static Property p(String ns, String local) {
    return ResourceFactory.createProperty(ns, local);
  }
}

/**
 * The people index (the "P" of POLE): persons and their other names, indexed for search with
 * Hibernate Search. Other modules refer to people only by id, through {@link org.peelrms.nominal.api}.
 * Hibernate Search mapping and queries never leave this module.
 */
module org.peelrms.nominal {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.validation;
    requires org.hibernate.search.engine;
    requires org.hibernate.search.mapper.pojo;
    requires org.hibernate.search.mapper.orm;
    requires org.hibernate.search.backend.lucene;
    requires org.hibernate.search.backend.elasticsearch;
    requires org.apache.commons.codec;
    requires com.ibm.icu;
    exports org.peelrms.nominal.api;
}

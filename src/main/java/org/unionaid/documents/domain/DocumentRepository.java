package org.unionaid.documents.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select d from Document d where d.ownerType = :type and d.ownerId = :id order by d.uploadedAt, d.id")
    List<Document> findByOwner(@Param("type") String ownerType, @Param("id") long ownerId);

    @Query("select d from Document d where d.ownerType = :type and d.ownerId in :ids order by d.uploadedAt, d.id")
    List<Document> findByOwners(@Param("type") String ownerType, @Param("ids") java.util.Collection<Long> ownerIds);

    @Modifying
    @Query(value = "insert into document_content (document_id, bytes) values (:id, :bytes)", nativeQuery = true)
    void storeContent(@Param("id") long documentId, @Param("bytes") byte[] bytes);

    @Query(value = "select bytes from document_content where document_id = :id", nativeQuery = true)
    Optional<byte[]> loadContent(@Param("id") long documentId);
}

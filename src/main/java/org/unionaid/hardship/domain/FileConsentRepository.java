package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FileConsentRepository extends JpaRepository<FileConsent, Long> {

    List<FileConsent> findByFileIdOrderBySignedOnDescIdDesc(long fileId);
}

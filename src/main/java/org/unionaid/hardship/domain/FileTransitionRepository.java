package org.unionaid.hardship.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FileTransitionRepository extends JpaRepository<FileTransition, Long> {

    List<FileTransition> findByFileIdOrderByIdAsc(long fileId);
}

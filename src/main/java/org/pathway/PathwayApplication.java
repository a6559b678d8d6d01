package org.pathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pathway: social prescribing across an Integrated Care System, as one modular monolith. */
@SpringBootApplication
@Modulithic(systemName = "Pathway", sharedModules = "shared")
@EnableScheduling
public class PathwayApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwayApplication.class, args);
    }
}
